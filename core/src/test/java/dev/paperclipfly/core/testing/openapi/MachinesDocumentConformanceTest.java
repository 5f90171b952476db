package dev.paperclipfly.core.testing.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperclipfly.core.testing.RealTools;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The checks must catch what they claim to catch, or every green client test means nothing. Tried on
 * Fly's Machines document: OpenAPI 3.0, JSON, read with strict objects.
 */
class MachinesDocumentConformanceTest {
  static final OpenApiSpec SPEC = OpenApiSpec.loader(
      RealTools.sharedDir().resolve("reference").resolve("fly-machines-openapi.json")).strictObjects().load();

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final OpenApiConformance checker = OpenApiConformance.builder(SPEC).errorSchema("ErrorResponse").build();

  private List<String> send(String method, String pathAndQuery, String body, Map<String, String> headers) {
    Map<String, String> all = new HashMap<>(headers);
    if (body != null) {
      all.put("Content-Type", "application/json");
    }
    return checker.check(WireMockRequests.send(wm, method, pathAndQuery, all, body));
  }

  @Test
  void aMisspelledFieldInARequestBodyIsReported() {
    List<String> problems = send("POST", "/v1/apps/a/machines",
        "{\"region\": \"ams\", \"config\": {\"image\": \"x\", \"guest\": {\"memory_mbs\": 256}}}", Map.of());

    assertThat(problems).singleElement().asString().contains("Machines_create").contains("memory_mbs");
  }

  @Test
  void aValueOfTheWrongTypeInARequestBodyIsReported() {
    List<String> problems = send("POST", "/v1/apps/a/machines/m/stop", "{\"timeout\": 10}", Map.of());

    assertThat(problems).singleElement().asString().contains("request body").contains("timeout");
  }

  @Test
  void aSignalOutsideTheEnumIsReported() {
    List<String> problems = send("POST", "/v1/apps/a/machines/m/signal", "{\"signal\": \"SIGWINCH\"}", Map.of());

    assertThat(problems).singleElement().asString().contains("/signal").contains("enumeration");
  }

  @Test
  void anUndocumentedQueryParameterIsReported() {
    List<String> problems = send("DELETE", "/v1/apps/a/machines/m?kill=true", null, Map.of());

    assertThat(problems).singleElement().asString().contains("query parameter 'kill' is not declared");
  }

  @Test
  void aMissingRequiredQueryParameterIsReported() {
    List<String> problems = send("GET", "/v1/apps", null, Map.of());

    assertThat(problems).singleElement().asString().contains("required query parameter 'org_slug' missing");
  }

  @Test
  void aMissingRequiredHeaderIsReported() {
    List<String> problems = send("DELETE", "/v1/apps/a/machines/m/lease", null, Map.of());

    assertThat(problems).singleElement().asString().contains("fly-machine-lease-nonce");
  }

  @Test
  void aPathOrMethodOutsideTheSpecIsReported() {
    assertThat(send("GET", "/v1/apps/a/machines/m/logs", null, Map.of()))
        .singleElement().asString().contains("no path in the spec matches");
    wm.resetRequests();
    assertThat(send("PUT", "/v1/apps/a/machines/m/start", null, Map.of()))
        .singleElement().asString().contains("method not defined");
  }

  @Test
  void aMissingVersionPrefixIsReported() {
    assertThat(send("GET", "/apps/a/machines", null, Map.of())).singleElement().asString().contains("base path /v1");
  }

  @Test
  void aWellFormedRequestPasses() {
    wm.stubFor(post(urlPathEqualTo("/v1/apps/a/machines/m/lease"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"nonce\": \"abc\", \"expires_at\": 1767225900, \"owner\": \"ops@example.com\"}")));
    List<String> problems = send("POST", "/v1/apps/a/machines/m/lease", "{\"ttl\": 30, \"description\": \"deploy\"}",
        Map.of("fly-machine-lease-nonce", "abc"));

    assertThat(problems).isEmpty();
  }

  @Test
  void aStubbedSuccessStatusTheSpecDoesNotListIsReported() {
    List<String> problems = send("POST", "/v1/apps/a/machines/m/lease", "{\"ttl\": 30}", Map.of());

    assertThat(problems).singleElement().asString().contains("stub answers 200, which the spec does not list");
  }

  @Test
  void aStubbedAnswerWithAMisspelledFieldIsReported() {
    wm.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v")).willReturn(okJson("{\"id\": \"v\", \"size_gbs\": 3}")));

    List<String> problems = send("GET", "/v1/apps/a/volumes/v", null, Map.of());

    assertThat(problems).singleElement().asString().contains("stubbed 200 answer").contains("size_gbs");
  }

  @Test
  void aStubMarkedOffSpecIsNotValidated() {
    wm.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v")).willReturn(okJson("{not json"))
        .withMetadata(Map.of(WireMockExchanges.OFF_SPEC_RESPONSE, "malformed on purpose")));

    assertThat(send("GET", "/v1/apps/a/volumes/v", null, Map.of())).isEmpty();
  }
}
