package dev.paperclipfly.fly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.paperclipfly.core.retry.RetryPolicy;
import dev.paperclipfly.fly.model.CreateMachineRequest;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.WaitState;
import dev.paperclipfly.fly.testkit.FlyApiStub;
import dev.paperclipfly.fly.testkit.FlyFixtures;
import dev.paperclipfly.core.testing.openapi.WireMockExchanges;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetriesAndFaultsTest {
  @RegisterExtension final FlyApiStub fly = new FlyApiStub();

  private static final String M1 = "/v1/apps/paperclip/machines/m1";
  private static final String MACHINES = "/v1/apps/paperclip/machines";

  private static ResponseDefinitionBuilder status(int code, String body) {
    return aResponse().withStatus(code).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** First answer {@code first}, every later one {@code then}. */
  private void stubSequence(com.github.tomakehurst.wiremock.client.MappingBuilder first,
      com.github.tomakehurst.wiremock.client.MappingBuilder then) {
    fly.stub(first.inScenario("seq").whenScenarioStateIs(STARTED).willSetStateTo("later"));
    fly.stub(then.inScenario("seq").whenScenarioStateIs("later"));
  }

  private static CreateMachineRequest createRequest() {
    return CreateMachineRequest.builder().name("web-1").config(MachineConfig.builder().image("x").build()).build();
  }

  @Test
  void a429WithRetryAfterWaitsThatLongAndRetries() {
    stubSequence(get(urlEqualTo(M1)).willReturn(status(429, FlyFixtures.error("rate limit exceeded"))
            .withHeader("Retry-After", "7")),
        get(urlEqualTo(M1)).willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    assertThat(fly.client().machines().get("paperclip", "m1").id()).isEqualTo("m1");

    assertThat(fly.sleeper().sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void a429WithRetryAfterAsAnHttpDateWaitsUntilThatTime() {
    // The fake clock starts at 2026-01-01T00:00:00Z.
    stubSequence(get(urlEqualTo(M1)).willReturn(status(429, FlyFixtures.error("rate limit exceeded"))
            .withHeader("Retry-After", "Thu, 01 Jan 2026 00:00:12 GMT")),
        get(urlEqualTo(M1)).willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    fly.client().machines().get("paperclip", "m1");

    assertThat(fly.sleeper().sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void a429WithoutRetryAfterBacksOffByThePolicy() {
    stubSequence(get(urlEqualTo(M1)).willReturn(status(429, FlyFixtures.error("rate limit exceeded"))),
        get(urlEqualTo(M1)).willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    fly.client().machines().get("paperclip", "m1");

    // Initial backoff 500 ms, jitter source fixed at 1.0: the full 500 ms.
    assertThat(fly.sleeper().sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void a429OnCreateIsRetriedBecauseTheServerDidNothing() {
    stubSequence(post(urlEqualTo(MACHINES)).willReturn(status(429, FlyFixtures.error("rate limit exceeded"))),
        post(urlEqualTo(MACHINES)).willReturn(okJson(FlyFixtures.machine("m1", "created"))));

    fly.client().machines().create("paperclip", createRequest());

    fly.server().verify(2, postRequestedFor(urlEqualTo(MACHINES)));
  }

  @Test
  void rateLimitedCarriesRetryAfterWhenRetriesRunOut() {
    fly.stub(get(urlEqualTo(M1)).willReturn(status(429, FlyFixtures.error("rate limit exceeded"))
        .withHeader("Retry-After", "3")));
    FlyClient client = fly.clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(1)
        .clock(fly.clock()).sleeper(fly.sleeper()).build()).build();

    assertThatThrownBy(() -> client.machines().get("paperclip", "m1"))
        .isInstanceOfSatisfying(FlyApiException.RateLimited.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
  }

  @Test
  void a503ThenSuccessIsRetriedForAGet() {
    stubSequence(get(urlEqualTo(M1)).willReturn(status(503, FlyFixtures.error("service unavailable"))),
        get(urlEqualTo(M1)).willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    assertThat(fly.client().machines().get("paperclip", "m1").state()).contains("started");

    fly.server().verify(2, getRequestedFor(urlEqualTo(M1)));
    assertThat(fly.sleeper().sleeps()).hasSize(1);
  }

  @Test
  void a503OnCreateIsNotRepeatedBecauseTheMachineMayExist() {
    fly.stub(post(urlEqualTo(MACHINES)).willReturn(status(503, FlyFixtures.error("service unavailable"))));

    assertThatThrownBy(() -> fly.client().machines().create("paperclip", createRequest()))
        .isInstanceOf(FlyApiException.ServerError.class);

    fly.server().verify(1, postRequestedFor(urlEqualTo(MACHINES)));
    assertThat(fly.sleeper().sleeps()).isEmpty();
  }

  @Test
  void persistent5xxGivesUpAfterMaxAttemptsWithGrowingBackoff() {
    fly.stub(get(urlEqualTo(M1)).willReturn(status(502, FlyFixtures.error("bad gateway"))));

    assertThatThrownBy(() -> fly.client().machines().get("paperclip", "m1"))
        .isInstanceOfSatisfying(FlyApiException.ServerError.class, e -> assertThat(e.httpStatus()).isEqualTo(502));

    fly.server().verify(4, getRequestedFor(urlEqualTo(M1)));
    assertThat(fly.sleeper().sleeps())
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aRetryThatWouldEndPastTheCallDeadlineIsNotAttempted() {
    fly.stub(get(urlEqualTo(M1)).willReturn(status(429, FlyFixtures.error("rate limit exceeded"))
        .withHeader("Retry-After", "30")));
    FlyClient client = fly.clientBuilder().callTimeout(Duration.ofSeconds(10)).build();

    assertThatThrownBy(() -> client.machines().get("paperclip", "m1")).isInstanceOf(FlyApiException.RateLimited.class);

    fly.server().verify(1, getRequestedFor(urlEqualTo(M1)));
    assertThat(fly.sleeper().sleeps()).isEmpty();
  }

  @Test
  void connectionResetsOnAGetAreRetried() {
    // Three resets: the JDK client may itself repeat a GET once, so count on neither side alone.
    String[] states = {STARTED, "reset-2", "reset-3"};
    for (int i = 0; i < states.length; i++) {
      fly.stub(get(urlEqualTo(M1)).inScenario("resets").whenScenarioStateIs(states[i])
          .willSetStateTo(i + 1 < states.length ? states[i + 1] : "healthy")
          .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }
    fly.stub(get(urlEqualTo(M1)).inScenario("resets").whenScenarioStateIs("healthy")
        .willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    assertThat(fly.client().machines().get("paperclip", "m1").id()).isEqualTo("m1");
    assertThat(fly.sleeper().sleeps()).isNotEmpty();
  }

  @Test
  void aConnectionResetOnExecIsNotRepeatedBecauseTheCommandMayHaveRun() {
    fly.stub(post(urlEqualTo(M1 + "/exec")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> fly.client().machines().exec("paperclip", "m1", "rm", "-rf", "/tmp/cache"))
        .isInstanceOfSatisfying(FlyConnectionException.class, e -> {
          assertThat(e.requestSent()).isTrue();
          assertThat(e.timedOut()).isFalse();
        });
    assertThat(fly.sleeper().sleeps()).isEmpty();
  }

  @Test
  void aConnectionThatNeverOpensIsRetriedEvenForACreate() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    FlyClient client = fly.clientBuilder().baseUri(java.net.URI.create("http://127.0.0.1:" + port)).build();

    assertThatThrownBy(() -> client.machines().create("paperclip", createRequest()))
        .isInstanceOfSatisfying(FlyConnectionException.class, e -> assertThat(e.requestSent()).isFalse());

    assertThat(fly.sleeper().sleeps()).hasSize(3);
  }

  @Test
  void malformedJsonIsAMalformedResponseThatDoesNotQuoteTheBody() {
    fly.stub(get(urlEqualTo(M1)).willReturn(aResponse().withStatus(200).withHeader("fly-request-id", "req-7")
            .withHeader("Content-Type", "application/json").withBody("{\"id\": \"m1\", \"state\": startedXYZ"))
        .withMetadata(Map.of(WireMockExchanges.OFF_SPEC_RESPONSE, "malformed on purpose")));

    assertThatThrownBy(() -> fly.client().machines().get("paperclip", "m1"))
        .isInstanceOfSatisfying(FlyApiException.MalformedResponse.class, e -> {
          assertThat(e.requestId()).contains("req-7");
          assertThat(e.getMessage()).doesNotContain("startedXYZ");
        });
  }

  @Test
  void aSlowAnswerPastTheRequestTimeoutFailsAsATimeout() {
    fly.stub(get(urlEqualTo(M1)).willReturn(okJson(FlyFixtures.machine("m1", "started")).withFixedDelay(3_000)));
    FlyClient client = fly.clientBuilder().requestTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).clock(fly.clock()).sleeper(fly.sleeper()).build())
        .build();

    assertThatThrownBy(() -> client.machines().get("paperclip", "m1"))
        .isInstanceOfSatisfying(FlyConnectionException.class, e -> assertThat(e.timedOut()).isTrue())
        .hasMessageContaining("timed out");
  }

  @Test
  void waitRepeatsAfter408UntilTheCallersDeadlineThenThrowsRequestTimeout() {
    fly.stub(get(urlPathEqualTo(M1 + "/wait")).willReturn(status(408, FlyFixtures.error("deadline exceeded"))));
    // Each read of the clock moves it 10 s on, standing in for the server holding each wait.
    fly.clock().stepPerRead(Duration.ofSeconds(10));

    assertThatThrownBy(() -> fly.client().machines().waitFor("paperclip", "m1", WaitState.STARTED,
        Duration.ofSeconds(150))).isInstanceOf(FlyApiException.RequestTimeout.class);

    List<ServeEvent> waits = fly.served();
    assertThat(waits).hasSizeGreaterThan(1);
    assertThat(waits).allSatisfy(e ->
        assertThat(Integer.parseInt(e.getRequest().queryParameter("timeout").firstValue())).isBetween(1, 60));
    assertThat(fly.sleeper().sleeps()).isEmpty();
  }

  @Test
  void aWaitLongerThanTheServerCapIsSplitInto60SecondWaits() {
    stubSequence(get(urlPathEqualTo(M1 + "/wait")).willReturn(status(408, FlyFixtures.error("deadline exceeded"))),
        get(urlPathEqualTo(M1 + "/wait")).willReturn(okJson("{\"ok\": true, \"state\": \"started\"}")));

    fly.client().machines().waitFor("paperclip", "m1", WaitState.STARTED, Duration.ofMinutes(5));

    assertThat(fly.served()).hasSize(2)
        .allSatisfy(e -> assertThat(e.getRequest().queryParameter("timeout").firstValue()).isEqualTo("60"));
  }

  @Test
  void aDeleteWhoseFirstAnswerWasLostCountsA404OnRetryAsDone() {
    stubSequence(com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo(M1))
            .willReturn(status(503, FlyFixtures.error("service unavailable"))),
        com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo(M1))
            .willReturn(status(404, FlyFixtures.error("machine not found"))));

    fly.client().machines().delete("paperclip", "m1", false);

    fly.server().verify(2, com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlEqualTo(M1)));
  }

  @Test
  void aDeleteOfSomethingThatNeverExistedIsStillNotFound() {
    fly.stub(com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo(M1))
        .willReturn(status(404, FlyFixtures.error("machine not found"))));

    assertThatThrownBy(() -> fly.client().machines().delete("paperclip", "m1", false))
        .isInstanceOf(FlyApiException.NotFound.class);
    assertThat(fly.sleeper().sleeps()).isEmpty();
  }

  @Test
  void aLongWaitIsNotCutShortByTheRequestTimeout() {
    // The server holds the wait for its whole timeout; the HTTP timeout must outlast it.
    fly.stub(get(urlPathEqualTo(M1 + "/wait"))
        .willReturn(okJson("{\"ok\": true, \"state\": \"started\"}").withFixedDelay(1_500)));
    FlyClient client = fly.clientBuilder().requestTimeout(Duration.ofSeconds(1)).build();

    assertThat(client.machines().waitFor("paperclip", "m1", WaitState.STARTED, Duration.ofSeconds(1)).state())
        .contains("started");
  }
}
