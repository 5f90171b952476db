package dev.paperclipfly.tailscale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Retries of safe calls, with a recording sleeper: nothing here really waits. */
class RetriesAndFaultsTest extends TailscaleApiTest {
  private static final String SETTINGS = "/api/v2/tailnet/-/settings";

  private static ResponseDefinitionBuilder error(int status, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"" + message + "\"}");
  }

  /** First answer {@code first}, every later one the settings fixture. */
  private void failOnceThenSucceed(ResponseDefinitionBuilder first) {
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(first).willSetStateTo("healthy"));
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).inScenario("flaky").whenScenarioStateIs("healthy")
        .willReturn(okJson(fixture("settings.json"))));
  }

  @Test
  void waitsAsLongAsRetryAfterSecondsSaysOn429() {
    failOnceThenSucceed(error(429, "too many requests").withHeader("Retry-After", "12"));

    assertThat(apiTokenClient().settings().get().devicesKeyDurationDays()).contains(180);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void honoursRetryAfterGivenAsAnHttpDate() {
    String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));
    failOnceThenSucceed(error(429, "too many requests").withHeader("Retry-After", in30s));

    apiTokenClient().settings().get();

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void capsAnExcessiveRetryAfter() {
    failOnceThenSucceed(error(429, "too many requests").withHeader("Retry-After", "3600"));

    apiTokenClient().settings().get();

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void retriesAServerErrorWithJitteredBackoff() {
    failOnceThenSucceed(error(500, "internal server error"));

    apiTokenClient().settings().get();

    // 500 ms base, "equal jitter" with the fixed random 0.5: 250 ms + 0.5 * 250 ms.
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(375));
    wm.verify(2, getRequestedFor(urlPathEqualTo(SETTINGS)));
  }

  @Test
  void retriesAfterTheConnectionIsReset() {
    // Two resets: the JDK client itself repeats a GET once on a dropped connection, so only the
    // second reset reaches the client's own retry.
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset again"));
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).inScenario("reset").whenScenarioStateIs("reset again")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("healthy"));
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).inScenario("reset").whenScenarioStateIs("healthy")
        .willReturn(okJson(fixture("settings.json"))));

    assertThat(apiTokenClient().settings().get().httpsEnabled()).contains(false);
    assertThat(sleeper.sleeps()).isNotEmpty();
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheServerError() {
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).willReturn(error(503, "unavailable")));

    assertThatThrownBy(() -> apiTokenClient().settings().get())
        .isInstanceOfSatisfying(TailscaleApiException.ServerError.class,
            e -> assertThat(e.status()).isEqualTo(503));
    wm.verify(4, getRequestedFor(urlPathEqualTo(SETTINGS)));
    assertThat(sleeper.sleeps()).containsExactly(
        Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(1500));
  }

  @Test
  void surfacesRateLimitingWithTheServersRetryAfterWhenAttemptsRunOut() {
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).willReturn(error(429, "too many requests").withHeader("Retry-After", "5")));

    assertThatThrownBy(() -> apiTokenClient().settings().get())
        .isInstanceOfSatisfying(TailscaleApiException.RateLimited.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(5)));
  }

  @Test
  void failsWithAConnectionExceptionWhenTheResetPersists() {
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> apiTokenClient().settings().get())
        .isInstanceOf(TailscaleConnectionException.class)
        .hasMessageContaining("GET /api/v2/tailnet/-/settings");
    assertThat(sleeper.sleeps()).hasSize(3);
  }

  @Test
  void doesNotRetryAClientError() {
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).willReturn(error(403, "forbidden")));

    assertThatThrownBy(() -> apiTokenClient().settings().get())
        .isInstanceOf(TailscaleApiException.Forbidden.class)
        .hasMessageContaining("scope");
    wm.verify(1, getRequestedFor(urlPathEqualTo(SETTINGS)));
  }

  @Test
  void reportsAnExpiredApiTokenAsUnauthorizedWithoutRetrying() {
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).willReturn(error(401, "API token invalid")));

    assertThatThrownBy(() -> apiTokenClient().settings().get())
        .isInstanceOf(TailscaleApiException.Unauthorized.class)
        .hasMessageContaining("API token invalid");
    wm.verify(1, getRequestedFor(urlPathEqualTo(SETTINGS)));
  }

  @Test
  void reportsMalformedJsonWithoutEchoingTheBody() {
    spec.expectMalformedAnswers();
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"httpsEnabled\": tskey-auth-LEAKED")));

    assertThatThrownBy(() -> apiTokenClient().settings().get())
        .isInstanceOf(TailscaleResponseException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("line 1")
        .hasNoCause()
        .message().doesNotContain("LEAKED");
  }

  @Test
  void reportsAFieldOfTheWrongTypeByItsPath() {
    spec.expectMalformedAnswers();
    wm.stubFor(get(urlPathEqualTo("/api/v2/tailnet/-/devices")).willReturn(okJson(
        "{\"devices\":[{\"id\":\"1\",\"nodeId\":\"n1\",\"name\":\"a.b.ts.net\",\"authorized\":\"yes\"}]}")));

    assertThatThrownBy(() -> apiTokenClient().devices().list())
        .isInstanceOf(TailscaleResponseException.class)
        .hasMessageContaining("devices[0].authorized")
        .hasMessageContaining("expected true or false");
  }

  @Test
  void readsAnErrorBodyThatIsNotJsonByItsStatus() {
    wm.stubFor(get(urlPathEqualTo(SETTINGS)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"tailnet not found\"}")));

    assertThatThrownBy(() -> apiTokenClient().settings().get())
        .isInstanceOf(TailscaleApiException.NotFound.class)
        .hasMessageContaining("tailnet not found");
  }
}
