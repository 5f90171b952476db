package dev.paperclipfly.core.testing.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperclipfly.core.testing.RealTools;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The checks must catch what they claim to catch, and pass what conforms. Tried on Tailscale's
 * document: OpenAPI 3.1, YAML, with {@code $ref}s to shared parameters, responses and schemas.
 */
class TailscaleDocumentConformanceTest {
  static final OpenApiSpec SPEC = OpenApiSpec.load(
      RealTools.sharedDir().resolve("reference").resolve("tailscale-v2-openapi.yaml"));

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final OpenApiConformance checker = OpenApiConformance.builder(SPEC).errorSchema("Error").build();

  private List<String> send(String method, String pathAndQuery, Map<String, String> headers, String body) {
    return checker.check(WireMockRequests.send(wm, method, pathAndQuery, headers, body));
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
        .anySatisfy(p -> assertThat(p).contains("stubbed 200 answer").contains("devicesKeyDurationDays"));
  }

  @Test
  void flagsARequestNoStubMatched() {
    wm.stubFor(get("/nothing").willReturn(aResponse().withStatus(200)));
    WireMockRequests.sendUnstubbed(wm, "GET", "/api/v2/tailnet/-/settings", Map.of(), null);

    assertThat(checker.check(WireMockExchanges.of(wm.getAllServeEvents())))
        .singleElement().asString().contains("no stub matched");
  }
}
