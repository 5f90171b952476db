package dev.paperclipfly.testkit;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.paperclipfly.core.testing.RealTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks a fake's answers against a vendor's OpenAPI document: the operation (by operationId) must
 * declare the status, and the body must validate against the declared response schema, with
 * {@code #/components/schemas} references resolved.
 */
final class SpecResponses {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JsonNode root;
  private final ObjectNode defs;
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private SpecResponses(JsonNode root) {
    this.root = root;
    this.defs = (ObjectNode) rewriteRefs(root.path("components").path("schemas"));
  }

  static SpecResponses fly() {
    return new SpecResponses(JSON.readTree(reference("fly-machines-openapi.json").toFile()));
  }

  static SpecResponses tailscale() {
    return new SpecResponses(YAMLMapper.builder().build().readTree(reference("tailscale-v2-openapi.yaml").toFile()));
  }

  private static Path reference(String file) {
    return RealTools.sharedDir().resolve("reference").resolve(file);
  }

  /**
   * Problems with one answer: an operation the spec lacks, a status it does not declare, or a body
   * that does not validate. Statuses the spec leaves out but documents elsewhere (errors from
   * {@code components/responses}, Fly's undeclared error statuses) are checked against the error
   * schema given.
   */
  List<String> problems(String operationId, int status, Optional<JsonNode> body, String errorSchema) {
    Optional<JsonNode> op = operation(operationId);
    if (op.isEmpty()) {
      return List.of("the spec has no operation " + operationId);
    }
    JsonNode response = resolve(op.get().path("responses").path(Integer.toString(status)));
    JsonNode schema = response.path("content").path("application/json").path("schema");
    if (response.isMissingNode() || schema.isMissingNode()) {
      if (status >= 400) {
        schema = JSON.createObjectNode().put("$ref", "#/components/schemas/" + errorSchema);
      } else if (response.isMissingNode()) {
        return List.of(operationId + " does not declare status " + status);
      } else {
        return body.isEmpty() || body.get().isEmpty() ? List.of() : List.of(operationId + " " + status + " declares no body");
      }
    }
    if (body.isEmpty()) {
      return List.of(operationId + " " + status + " must have a body");
    }
    return validate(schema, body.get(), operationId + " " + status);
  }

  private Optional<JsonNode> operation(String operationId) {
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (operationId.equals(op.getValue().path("operationId").asString(""))) {
          return Optional.of(op.getValue());
        }
      }
    }
    return Optional.empty();
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : resolve(root.at(ref.asString().substring(1)));
  }

  private List<String> validate(JsonNode schema, JsonNode instance, String where) {
    ObjectNode doc = (ObjectNode) rewriteRefs(schema);
    doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    doc.set("$defs", defs);
    Schema s = registry.getSchema(doc);
    List<String> problems = new ArrayList<>();
    s.validate(instance).forEach(e -> problems.add(where + ": " + e));
    return problems;
  }

  private static JsonNode rewriteRefs(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      node.properties().forEach(e -> out.set(e.getKey(), e.getKey().equals("$ref") && e.getValue().isString()
          ? JSON.getNodeFactory().stringNode(e.getValue().asString().replace("#/components/schemas/", "#/$defs/"))
          : rewriteRefs(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JSON.createArrayNode();
      node.forEach(v -> out.add(rewriteRefs(v)));
      return out;
    }
    return node;
  }
}
