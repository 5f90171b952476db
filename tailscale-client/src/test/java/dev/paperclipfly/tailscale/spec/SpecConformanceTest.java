package dev.paperclipfly.tailscale.spec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.paperclipfly.core.testing.RealTools;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The spec checks themselves: each must catch what it claims to catch, and pass what conforms. */
class SpecConformanceTest {
  static final OpenApiSpec SPEC = OpenApiSpec.loadTailscale(
      RealTools.sharedDir().resolve("reference").resolve("tailscale-v2-openapi.yaml"));

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final SpecConformance checker = new SpecConformance(SPEC, wm::getAllServeEvents);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private List<String> send(String method, String pathAndQuery, Map<String, String> headers, String body) {
    wm.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(wm.baseUrl() + pathAndQuery))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    try {
      http.send(b.build(), HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    List<ServeEvent> events = wm.getAllServeEvents();
    assertThat(events).hasSize(1);
    return checker.check(events.get(0));
  }

  private static Map<String, String> bearer() {
    return Map.of("Authorization", "Bearer tskey-api-x");
  }

  private static Map<String, String> bearerJson() {
    return Map.of("Authorization", "Bearer tskey-api-x", "Content-Type", "application/json");
  }

  @Test
  void passesARequestThatConforms() {
    assertThat(send("POST", "/api/v2/device/n1CNTRL/authorized", bearerJson(), "{\"authorized\":true}")).isEmpty();
  }

  @Test
  void flagsAPathTheSpecDoesNotHave() {
    assertThat(send("GET", "/api/v2/tailnet/-/machines", bearer(), null))
        .singleElement().asString().contains("no operation GET");
  }

  @Test
  void flagsAMethodThePathDoesNotTake() {
    assertThat(send("DELETE", "/api/v2/tailnet/-/settings", bearer(), null))
        .singleElement().asString().contains("no operation DELETE");
  }

  @Test
  void flagsAMissingRequiredQueryParameter() {
    assertThat(send("GET", "/api/v2/tailnet/-/keys", bearer(), null))
        .anySatisfy(p -> assertThat(p).contains("required query parameter 'all' missing"));
  }

  @Test
  void flagsAnUndeclaredQueryParameter() {
    assertThat(send("GET", "/api/v2/tailnet/-/settings?verbose=true", bearer(), null))
        .anySatisfy(p -> assertThat(p).contains("'verbose' is not declared"));
  }

  @Test
  void letsDeviceListFiltersThrough() {
    assertThat(send("GET", "/api/v2/tailnet/-/devices?fields=all&hostname=paperclip", bearer(), null)).isEmpty();
  }

  @Test
  void flagsAMissingBearerToken() {
    assertThat(send("GET", "/api/v2/tailnet/-/settings", Map.of(), null))
        .anySatisfy(p -> assertThat(p).contains("no bearer token"));
  }

  @Test
  void flagsARequestBodyThatBreaksTheSchema() {
    assertThat(send("POST", "/api/v2/device/n1CNTRL/authorized", bearerJson(), "{\"authorized\":\"yes\"}"))
        .anySatisfy(p -> assertThat(p).contains("request body").contains("authorized"));
  }

  @Test
  void flagsARequestBodyMissingARequiredProperty() {
    assertThat(send("POST", "/api/v2/device/n1CNTRL/key", bearerJson(), "{}"))
        .anySatisfy(p -> assertThat(p).contains("keyExpiryDisabled"));
  }

  @Test
  void resolvesReferencedComponentSchemasInRequestBodies() {
    String badCapabilities = "{\"capabilities\":{\"devices\":{\"create\":{\"reusable\":\"yes\"}}}}";
    assertThat(send("POST", "/api/v2/tailnet/-/keys", bearerJson(), badCapabilities))
        .anySatisfy(p -> assertThat(p).contains("reusable"));
  }

  @Test
  void flagsAnUndeclaredRequestMediaType() {
    Map<String, String> h = Map.of("Authorization", "Bearer x", "Content-Type", "text/plain");
    assertThat(send("POST", "/api/v2/device/n1CNTRL/authorized", h, "authorized"))
        .anySatisfy(p -> assertThat(p).contains("media type 'text/plain'"));
  }

  @Test
  void flagsAStubbedAnswerThatBreaksTheResponseSchema() {
    wm.stubFor(get("/api/v2/tailnet/-/settings").willReturn(okJson("{\"devicesKeyDurationDays\":500}")));
    assertThat(send("GET", "/api/v2/tailnet/-/settings", bearer(), null))
        .anySatisfy(p -> assertThat(p).contains("answer 200").contains("devicesKeyDurationDays"));
  }

  @Test
  void flagsARequestNoStubMatched() {
    wm.stubFor(get("/nothing").willReturn(aResponse().withStatus(200)));
    HttpRequest r = HttpRequest.newBuilder(URI.create(wm.baseUrl() + "/api/v2/tailnet/-/settings")).build();
    try {
      http.send(r, HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(checker.check(wm.getAllServeEvents().get(0)))
        .singleElement().asString().contains("no stub matched");
  }

  @Test
  void failsTheTestAfterwardsListingEveryProblem() {
    send("GET", "/api/v2/tailnet/-/keys", Map.of(), null);

    assertThatThrownBy(() -> checker.afterEach(null))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("required query parameter 'all' missing")
        .hasMessageContaining("no bearer token");
    assertThat(checker.checkedRequests()).isEqualTo(1);
  }

  @Test
  void letsAConformingTestPassAfterwards() {
    send("GET", "/api/v2/tailnet/-/keys?all=true", bearer(), null);

    checker.afterEach(null);

    assertThat(checker.checkedRequests()).isEqualTo(1);
  }

  @Test
  void checksTheOAuthTokenRequestAgainstRfc6749() {
    Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
    assertThat(send("POST", "/api/v2/oauth/token", form, "grant_type=password&client_id=a"))
        .anySatisfy(p -> assertThat(p).contains("grant_type"))
        .anySatisfy(p -> assertThat(p).contains("client_secret"));
  }
}
