package dev.paperclipfly.tailscale.spec;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An OpenAPI 3.1 document and the checks the tests run against it: does an operation exist for a
 * method and path, are its required parameters present, and do request and response bodies validate
 * against its schemas ({@code $ref}s into {@code components/schemas} resolved).
 */
public final class OpenApiSpec {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JsonNode root;
  private final String basePath;
  private final ObjectNode defs;
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  private OpenApiSpec(JsonNode root) {
    this.root = root;
    String server = root.path("servers").path(0).path("url").asString("");
    this.basePath = server.replaceFirst("^https?://[^/]+", "");
    this.defs = (ObjectNode) rewriteRefs(root.path("components").path("schemas"));
  }

  /** Reads a YAML or JSON OpenAPI document as it is. */
  public static OpenApiSpec load(Path file) {
    return new OpenApiSpec(YAMLMapper.builder().build().readTree(file.toFile()));
  }

  /**
   * Reads Tailscale's document and corrects where its schemas contradict its own prose, so checks hold
   * the client to what the API does:
   *
   * <ul>
   *   <li>{@code POST /tailnet/{tailnet}/acl/validate}: the JSON body schema is {@code oneOf [array of
   *       tests, string]}, but the description says "When the request body is a JSON object, Tailscale
   *       interprets the body as a hypothetical new tailnet policy file". An object is added.
   * </ul>
   */
  public static OpenApiSpec loadTailscale(Path file) {
    JsonNode root = YAMLMapper.builder().build().readTree(file.toFile());
    JsonNode validate = root.at("/paths/~1tailnet~1{tailnet}~1acl~1validate/post/requestBody/content/application~1json/schema/oneOf");
    if (!validate.isArray()) {
      throw new IllegalStateException("the acl/validate request schema changed; review the corrections in loadTailscale");
    }
    ((ArrayNode) validate).addObject().put("type", "object");
    return new OpenApiSpec(root);
  }

  /** The path prefix of the first server, e.g. {@code /api/v2}. */
  public String basePath() {
    return basePath;
  }

  /** One operation of the document. */
  public record Operation(String method, String template, JsonNode node, List<JsonNode> parameters) {
    public String describe() {
      return method.toUpperCase(Locale.ROOT) + " " + template;
    }
  }

  /**
   * The operation for a method and a request path (with the server's base path). Literal segments win
   * over templated ones, as in {@code /device-invites/-/accept}.
   */
  public Optional<Operation> operation(String method, String requestPath) {
    if (!requestPath.startsWith(basePath + "/")) {
      return Optional.empty();
    }
    String path = requestPath.substring(basePath.length());
    String m = method.toLowerCase(Locale.ROOT);
    List<Map.Entry<String, JsonNode>> candidates = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.path("paths").properties()) {
      if (e.getValue().has(m) && templateRegex(e.getKey()).matcher(path).matches()) {
        candidates.add(e);
      }
    }
    return candidates.stream()
        .min(Comparator.comparingLong(e -> e.getKey().chars().filter(c -> c == '{').count()))
        .map(e -> new Operation(m, e.getKey(), e.getValue().get(m), parameters(e.getValue(), e.getValue().get(m))));
  }

  private static Pattern templateRegex(String template) {
    StringBuilder re = new StringBuilder();
    for (String part : template.split("(?=\\{)|(?<=\\})")) {
      re.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(re.toString());
  }

  private List<JsonNode> parameters(JsonNode pathItem, JsonNode op) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode p : pathItem.path("parameters")) {
      out.add(resolve(p));
    }
    for (JsonNode p : op.path("parameters")) {
      out.add(resolve(p));
    }
    return out;
  }

  /** Follows a local {@code $ref} (parameters, responses). */
  JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    String pointer = ref.asString().replaceFirst("^#", "");
    return resolve(root.at(pointer));
  }

  /** Whether the document declares a JSON schema for bodies of this operation's request. */
  public Optional<JsonNode> requestBody(Operation op) {
    JsonNode rb = op.node().get("requestBody");
    return rb == null ? Optional.empty() : Optional.of(resolve(rb));
  }

  /** The response object for a status, falling back to {@code default}. */
  public Optional<JsonNode> response(Operation op, int status) {
    JsonNode responses = op.node().path("responses");
    JsonNode r = responses.get(Integer.toString(status));
    if (r == null) {
      r = responses.get("default");
    }
    return r == null ? Optional.empty() : Optional.of(resolve(r));
  }

  /** The shared response of {@code components/responses} for a status, e.g. the 429 error shape. */
  public Optional<JsonNode> sharedResponse(int status) {
    JsonNode r = root.path("components").path("responses").get(Integer.toString(status));
    return r == null ? Optional.empty() : Optional.of(r);
  }

  /** A response object whose JSON body is the document's {@code Error} schema. */
  public JsonNode errorResponse() {
    ObjectNode r = JSON.createObjectNode();
    r.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
    return r;
  }

  /** Validation errors of {@code instance} against {@code schema}, with {@code where} as prefix. */
  public List<String> validate(JsonNode schema, JsonNode instance, String where) {
    String key = schema.toString();
    Schema s = compiled.computeIfAbsent(key, k -> {
      ObjectNode doc = (ObjectNode) rewriteRefs(schema);
      doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      doc.set("$defs", defs.deepCopy());
      return registry.getSchema(doc);
    });
    List<String> problems = new ArrayList<>();
    s.validate(instance).forEach(e -> problems.add(where + ": " + e));
    return problems;
  }

  /** Parses JSON text, or returns empty when it is not JSON. */
  public static Optional<JsonNode> parseJson(String text) {
    try {
      return Optional.ofNullable(JSON.readTree(text));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** Copies a schema with {@code #/components/schemas/X} rewritten to {@code #/$defs/X}. */
  private static JsonNode rewriteRefs(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("$ref") && e.getValue().isString()) {
          out.put("$ref", e.getValue().asString().replace("#/components/schemas/", "#/$defs/"));
        } else {
          out.set(e.getKey(), rewriteRefs(e.getValue()));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JSON.createArrayNode();
      node.forEach(v -> out.add(rewriteRefs(v)));
      return out;
    }
    return node.deepCopy();
  }
}
