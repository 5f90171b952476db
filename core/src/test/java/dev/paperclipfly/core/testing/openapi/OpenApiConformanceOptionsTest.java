package dev.paperclipfly.core.testing.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperclipfly.core.testing.RealTools;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The options a vendor's configuration relies on: each must change what the checks report. */
class OpenApiConformanceOptionsTest {
  static final Path MACHINES = RealTools.sharedDir().resolve("reference").resolve("fly-machines-openapi.json");
  static final OpenApiSpec AS_PUBLISHED = OpenApiSpec.load(MACHINES);
  static final JsonMapper JSON = JsonMapper.builder().build();

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

  @Test
  void strictObjectsTurnAnUnknownFieldIntoAProblem() {
    OpenApiSpec strict = OpenApiSpec.loader(MACHINES).strictObjects().load();
    var misspelled = JSON.readTree("{\"signal\": \"SIGTERM\", \"timout\": \"1s\"}");

    assertThat(AS_PUBLISHED.validate(AS_PUBLISHED.ref("StopRequest"), misspelled)).isEmpty();
    assertThat(strict.validate(strict.ref("StopRequest"), misspelled)).singleElement().asString().contains("timout");
  }

  @Test
  void aCorrectionChangesWhatTheDocumentAccepts() {
    SpecCorrection nullDeletes = SpecCorrection.at("null deletes a secret", "the API takes null as delete",
        "/components/schemas/AppSecretsUpdateRequest/properties/values", ObjectNode.class,
        values -> values.putObject("additionalProperties").putArray("type").add("string").add("null"));
    OpenApiSpec corrected = OpenApiSpec.loader(MACHINES).correct(nullDeletes).load();
    var deleteOne = JSON.readTree("{\"values\": {\"OLD\": null}}");

    assertThat(AS_PUBLISHED.validate(AS_PUBLISHED.ref("AppSecretsUpdateRequest"), deleteOne)).isNotEmpty();
    assertThat(corrected.validate(corrected.ref("AppSecretsUpdateRequest"), deleteOne)).isEmpty();
    assertThat(corrected.corrections()).containsExactly(nullDeletes);
  }

  @Test
  void aCorrectionThatNoLongerAppliesStopsTheLoadNamingIt() {
    SpecCorrection stale = SpecCorrection.at("renamed schema", "why", "/components/schemas/NoSuchSchema",
        ObjectNode.class, node -> node.put("type", "object"));

    assertThatThrownBy(() -> OpenApiSpec.loader(MACHINES).correct(stale).load())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("renamed schema").hasMessageContaining("/components/schemas/NoSuchSchema");
  }

  @Test
  void anUndeclaredErrorStatusMustHaveTheNamedErrorSchema() {
    OpenApiConformance plain = OpenApiConformance.builder(AS_PUBLISHED).build();
    OpenApiConformance withErrors = OpenApiConformance.builder(AS_PUBLISHED).errorSchema("ErrorResponse").build();
    wm.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v")).willReturn(unauthorized()
        .withHeader("Content-Type", "application/json").withBody("{\"error\": \"bad token\"}")));
    Exchange errorShaped = WireMockRequests.send(wm, "GET", "/v1/apps/a/volumes/v", Map.of(), null);
    wm.resetAll();
    wm.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v")).willReturn(unauthorized()
        .withHeader("Content-Type", "application/json").withBody("{\"error\": 401}")));
    Exchange misshaped = WireMockRequests.send(wm, "GET", "/v1/apps/a/volumes/v", Map.of(), null);

    assertThat(plain.check(errorShaped)).singleElement().asString().contains("stub answers 401, which the spec does not list");
    assertThat(withErrors.check(errorShaped)).isEmpty();
    assertThat(withErrors.check(misshaped)).singleElement().asString().contains("stubbed 401 answer").contains("error");
  }

  @Test
  void aStubCanHaveOnlyOneMemberOfItsAnswerChecked() {
    OpenApiConformance checker = OpenApiConformance.builder(AS_PUBLISHED).build();
    wm.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v"))
        .willReturn(okJson("{\"data\": {\"id\": \"v\", \"size_gb\": 3}, \"meta\": 1}"))
        .withMetadata(Map.of(WireMockExchanges.VALIDATE_MEMBER, "data")));
    Exchange enveloped = WireMockRequests.send(wm, "GET", "/v1/apps/a/volumes/v", Map.of(), null);

    wm.resetAll();
    wm.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v"))
        .willReturn(okJson("{\"data\": {\"id\": 7}}"))
        .withMetadata(Map.of(WireMockExchanges.VALIDATE_MEMBER, "data")));
    Exchange wrongInside = WireMockRequests.send(wm, "GET", "/v1/apps/a/volumes/v", Map.of(), null);

    assertThat(checker.check(enveloped)).isEmpty();
    assertThat(checker.check(wrongInside)).singleElement().asString().contains("stubbed 200 answer").contains("id");
  }

  @Test
  void aRequestCheckAddsItsProblemsNamingTheRequest() {
    OpenApiConformance checker = OpenApiConformance.builder(AS_PUBLISHED)
        .requestCheck((exchange, op) -> exchange.header("Authorization").isPresent() ? List.of()
            : List.of("no token for " + op.template()))
        .build();

    assertThat(checker.check(WireMockRequests.send(wm, "GET", "/v1/apps/a/machines", Map.of(), null)))
        .singleElement().asString().startsWith("GET /v1/apps/a/machines (Machines_list: GET /apps/{app_name}/machines): ")
        .endsWith("no token for /apps/{app_name}/machines");
  }

  @Test
  void anEndpointOutsideTheSpecIsCheckedByTheCallersRuleOnly() {
    OpenApiConformance checker = OpenApiConformance.builder(AS_PUBLISHED)
        .outsideSpec("POST", "/oauth/token", e -> e.mediaType().equals("application/x-www-form-urlencoded")
            ? List.of() : List.of("token requests are forms"))
        .build();
    wm.stubFor(post("/oauth/token").willReturn(okJson("{}")));

    assertThat(checker.check(WireMockRequests.send(wm, "POST", "/oauth/token", JSON_BODY, "{}")))
        .containsExactly("POST /oauth/token: token requests are forms");
    wm.resetRequests();
    assertThat(checker.check(WireMockRequests.send(wm, "POST", "/oauth/token",
        Map.of("Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials"))).isEmpty();
  }
}
