package dev.paperclipfly.fly.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checker must catch what it claims to catch, or every green client test means nothing. */
class OpenApiRequestCheckerTest {
  private WireMockServer server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final OpenApiRequestChecker checker = new OpenApiRequestChecker(FakeFly.spec());

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private List<String> send(String method, String pathAndQuery, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    headers.forEach(b::header);
    http.send(b.build(), HttpResponse.BodyHandlers.discarding());
    return checker.check(server.getAllServeEvents());
  }

  @Test
  void aMisspelledFieldInARequestBodyIsReported() throws Exception {
    List<String> problems = send("POST", "/v1/apps/a/machines",
        "{\"region\": \"ams\", \"config\": {\"image\": \"x\", \"guest\": {\"memory_mbs\": 256}}}", Map.of());

    assertThat(problems).singleElement().asString().contains("Machines_create").contains("memory_mbs");
  }

  @Test
  void aValueOfTheWrongTypeInARequestBodyIsReported() throws Exception {
    List<String> problems = send("POST", "/v1/apps/a/machines/m/stop", "{\"timeout\": 10}", Map.of());

    assertThat(problems).singleElement().asString().contains("request body").contains("timeout");
  }

  @Test
  void aSignalOutsideTheEnumIsReported() throws Exception {
    List<String> problems = send("POST", "/v1/apps/a/machines/m/signal", "{\"signal\": \"SIGWINCH\"}", Map.of());

    assertThat(problems).singleElement().asString().contains("/signal").contains("enumeration");
  }

  @Test
  void anUndocumentedQueryParameterIsReported() throws Exception {
    List<String> problems = send("DELETE", "/v1/apps/a/machines/m?kill=true", null, Map.of());

    assertThat(problems).singleElement().asString().contains("query parameter kill is not in the spec");
  }

  @Test
  void aMissingRequiredQueryParameterIsReported() throws Exception {
    List<String> problems = send("GET", "/v1/apps", null, Map.of());

    assertThat(problems).singleElement().asString().contains("required query parameter org_slug is missing");
  }

  @Test
  void aMissingRequiredHeaderIsReported() throws Exception {
    List<String> problems = send("DELETE", "/v1/apps/a/machines/m/lease", null, Map.of());

    assertThat(problems).singleElement().asString().contains("fly-machine-lease-nonce");
  }

  @Test
  void aPathOrMethodOutsideTheSpecIsReported() throws Exception {
    assertThat(send("GET", "/v1/apps/a/machines/m/logs", null, Map.of()))
        .singleElement().asString().contains("no path in the spec matches");
    server.resetRequests();
    assertThat(send("PUT", "/v1/apps/a/machines/m/start", null, Map.of()))
        .singleElement().asString().contains("method not defined");
  }

  @Test
  void aMissingVersionPrefixIsReported() throws Exception {
    assertThat(send("GET", "/apps/a/machines", null, Map.of())).singleElement().asString().contains("base path /v1");
  }

  @Test
  void aWellFormedRequestPasses() throws Exception {
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/v1/apps/a/machines/m/lease"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"nonce\": \"abc\", \"expires_at\": 1767225900, \"owner\": \"ops@example.com\"}")));
    List<String> problems = send("POST", "/v1/apps/a/machines/m/lease", "{\"ttl\": 30, \"description\": \"deploy\"}",
        Map.of("fly-machine-lease-nonce", "abc"));

    assertThat(problems).isEmpty();
  }

  @Test
  void aStubbedSuccessStatusTheSpecDoesNotListIsReported() throws Exception {
    List<String> problems = send("POST", "/v1/apps/a/machines/m/lease", "{\"ttl\": 30}", Map.of());

    assertThat(problems).singleElement().asString().contains("stub answers 200, which the spec does not list");
  }

  @Test
  void aStubbedAnswerWithAMisspelledFieldIsReported() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v")).willReturn(okJson("{\"id\": \"v\", \"size_gbs\": 3}")));

    List<String> problems = send("GET", "/v1/apps/a/volumes/v", null, Map.of());

    assertThat(problems).singleElement().asString().contains("stubbed 200 answer").contains("size_gbs");
  }

  @Test
  void aStubMarkedOffSpecIsNotValidated() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v")).willReturn(okJson("{not json"))
        .withMetadata(Map.of(OpenApiRequestChecker.OFF_SPEC_RESPONSE, "malformed on purpose")));

    assertThat(send("GET", "/v1/apps/a/volumes/v", null, Map.of())).isEmpty();
  }
}
