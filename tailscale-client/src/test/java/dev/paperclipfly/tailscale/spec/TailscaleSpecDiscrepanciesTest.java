package dev.paperclipfly.tailscale.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.testing.openapi.OpenApiSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where Tailscale's OpenAPI document and the API (or the document's own prose) disagree, and what the
 * client does about it. Each test pins one discrepancy; if Tailscale fixes its document, the test
 * fails and the workaround can go.
 */
class TailscaleSpecDiscrepanciesTest {
  private static final Path FILE = TailscaleSpec.FILE;
  private static final JsonNode DOC = YAMLMapper.builder().build().readTree(FILE.toFile());

  private static List<String> operationsDeclaring(String status) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : DOC.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (op.getValue().path("responses").has(status)) {
          out.add(op.getKey() + " " + path.getKey());
        }
      }
    }
    return out;
  }

  @Test
  void theOAuthTokenEndpointIsNotInTheDocumentSoItIsCheckedAgainstRfc6749() {
    assertThat(DOC.path("paths").has("/oauth/token")).isFalse();
  }

  @Test
  void listKeysMarksAllAsRequiredSoTheClientAlwaysSendsIt() {
    assertThat(DOC.at("/components/parameters/all/required").asBoolean()).isTrue();
  }

  @Test
  void noOperationDeclares401SoUnauthorizedAnswersAreCheckedAgainstTheErrorSchema() {
    assertThat(operationsDeclaring("401")).isEmpty();
  }

  @Test
  void only429OnPostureAttributesIsDeclaredThoughAnyCallCanBeRateLimited() {
    assertThat(operationsDeclaring("429")).hasSize(2)
        .allSatisfy(op -> assertThat(op).contains("/attributes/{attributeKey}"));
  }

  @Test
  void thePolicyFileEtagHeaderIsNotDeclaredInAnyResponse() {
    assertThat(DOC.at("/paths/~1tailnet~1{tailnet}~1acl/get/responses/200/headers").isMissingNode()).isTrue();
    assertThat(DOC.at("/paths/~1tailnet~1{tailnet}~1acl/post/responses/412").isMissingNode()).isFalse();
  }

  @Test
  void theErrorSchemaHasNoDataMemberThoughValidationErrorsCarryOne() {
    assertThat(DOC.at("/components/schemas/Error/properties").has("message")).isTrue();
    assertThat(DOC.at("/components/schemas/Error/properties").has("data")).isFalse();
  }

  @Test
  void theValidateBodySchemaOmitsTheJsonObjectItsDescriptionAllows() {
    JsonNode oneOf = DOC.at("/paths/~1tailnet~1{tailnet}~1acl~1validate/post/requestBody/content/application~1json/schema/oneOf");
    assertThat(oneOf).extracting(n -> n.path("type").asString()).containsExactly("array", "string");
    assertThat(DOC.at("/paths/~1tailnet~1{tailnet}~1acl~1validate/post/description").asString())
        .contains("When the request body is a JSON object");
  }

  @Test
  void theRawDocumentRejectsAJsonPolicyForValidationAndTheCorrectedOneAcceptsIt() {
    OpenApiSpec raw = OpenApiSpec.load(FILE);
    OpenApiSpec corrected = TailscaleSpec.corrected();
    JsonNode policy = tools.jackson.databind.json.JsonMapper.builder().build().readTree("{\"acls\":[]}");
    OpenApiSpec.Operation rawOp = raw.operation("POST", "/api/v2/tailnet/-/acl/validate").orElseThrow();
    OpenApiSpec.Operation fixedOp = corrected.operation("POST", "/api/v2/tailnet/-/acl/validate").orElseThrow();

    JsonNode rawSchema = raw.requestBody(rawOp).orElseThrow().at("/content/application~1json/schema");
    JsonNode fixedSchema = corrected.requestBody(fixedOp).orElseThrow().at("/content/application~1json/schema");

    assertThat(raw.validate(rawSchema, policy)).isNotEmpty();
    assertThat(corrected.validate(fixedSchema, policy)).isEmpty();
  }

  @Test
  void deviceTimestampsAreDeclaredAsDateTimeThoughTheApiCanSendEmptyStrings() {
    // The Go client's Time type accepts "" for these; the document only says format: date-time, which
    // JSON Schema treats as an annotation, so "" fixtures still validate.
    assertThat(DOC.at("/components/schemas/Device/properties/lastSeen/format").asString()).isEqualTo("date-time");
  }
}
