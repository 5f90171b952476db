package dev.paperclipfly.core.testing.openapi;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An OpenAPI 3.0 or 3.1 document (JSON or YAML), read for checking traffic against it: finds the
 * operation for a method and request path, and validates JSON against the document's schemas with
 * {@code $ref}s into {@code components/schemas} resolved (rewritten into {@code $defs}).
 *
 * <p>Schemas are validated with the JSON Schema 2020-12 dialect, which is what 3.1 documents use; a 3.0
 * document is read the same way (3.0's {@code nullable} is not translated).
 *
 * <p>Load a document as published with {@link #load(Path)}, or through {@link #loader(Path)} with
 * {@linkplain Loader#strictObjects() strict objects} and the caller's {@linkplain SpecCorrection
 * corrections} where the document is known to contradict the API.
 */
public final class OpenApiSpec {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode root;
  private final String basePath;
  private final boolean strictObjects;
  private final List<SpecCorrection> corrections;
  private final ObjectNode defs;
  private final List<PathTemplate> paths = new ArrayList<>();
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  private record PathTemplate(String template, Pattern pattern, JsonNode item) {
    long templatedSegments() {
      return template.chars().filter(c -> c == '{').count();
    }
  }

  private OpenApiSpec(JsonNode root, boolean strictObjects, List<SpecCorrection> corrections) {
    this.root = root;
    this.strictObjects = strictObjects;
    this.corrections = List.copyOf(corrections);
    String server = root.path("servers").path(0).path("url").asString("");
    this.basePath = URI.create(server).getPath().replaceAll("/+$", "");
    this.defs = (ObjectNode) prepare(root.path("components").path("schemas"));
    for (Map.Entry<String, JsonNode> e : root.path("paths").properties()) {
      paths.add(new PathTemplate(e.getKey(), templateRegex(e.getKey()), e.getValue()));
    }
  }

  /** Reads a document exactly as published. */
  public static OpenApiSpec load(Path file) {
    return loader(file).load();
  }

  /** Starts reading a document with options; finish with {@link Loader#load()}. */
  public static Loader loader(Path file) {
    return new Loader(file);
  }

  /** How a document is read: strictness and the corrections applied before anything is indexed. */
  public static final class Loader {
    private final Path file;
    private boolean strictObjects;
    private final List<SpecCorrection> corrections = new ArrayList<>();

    private Loader(Path file) {
      this.file = file;
    }

    /**
     * Treats every object schema that lists {@code properties} as if it said {@code additionalProperties:
     * false}, so a misspelled field name fails instead of slipping through as an extra key.
     */
    public Loader strictObjects() {
      this.strictObjects = true;
      return this;
    }

    /** Applies a documented correction; loading fails if the document no longer has what it corrects. */
    public Loader correct(SpecCorrection correction) {
      corrections.add(correction);
      return this;
    }

    /** Reads the file (JSON when it ends in {@code .json}, YAML otherwise) and applies the corrections. */
    public OpenApiSpec load() {
      boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
      JsonNode root = json ? JSON.readTree(file.toFile()) : YAMLMapper.builder().build().readTree(file.toFile());
      for (SpecCorrection c : corrections) {
        c.applyTo(root);
      }
      return new OpenApiSpec(root, strictObjects, corrections);
    }
  }

  /** One operation: upper-case method, path template (without the base path), definition, parameters. */
  public record Operation(String method, String template, JsonNode definition, List<JsonNode> parameters) {
    /** {@code operationId: METHOD /template}, or just the method and template when there is no id. */
    public String describe() {
      String id = definition.path("operationId").asString("");
      return (id.isEmpty() ? "" : id + ": ") + method + " " + template;
    }
  }

  /** The path prefix of the first server, e.g. {@code /v1} or {@code /api/v2}; empty when there is none. */
  public String basePath() {
    return basePath;
  }

  /** The corrections this document was read with, in order. */
  public List<SpecCorrection> corrections() {
    return corrections;
  }

  /**
   * The operation for a method and a request path (with the base path). Literal segments win over
   * templated ones, as in {@code /device-invites/-/accept}.
   */
  public Optional<Operation> operation(String method, String requestPath) {
    String m = method.toLowerCase(Locale.ROOT);
    return matching(requestPath).stream()
        .filter(p -> p.item().has(m))
        .min(Comparator.comparingLong(PathTemplate::templatedSegments))
        .map(p -> new Operation(m.toUpperCase(Locale.ROOT), p.template(), p.item().get(m),
            parameters(p.item(), p.item().get(m))));
  }

  /** The methods any path template matching the request path (with the base path) defines. */
  public List<String> methodsAt(String requestPath) {
    List<String> out = new ArrayList<>();
    for (PathTemplate p : matching(requestPath)) {
      for (String key : p.item().propertyNames()) {
        if (HTTP_METHODS.contains(key) && !out.contains(key.toUpperCase(Locale.ROOT))) {
          out.add(key.toUpperCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private List<PathTemplate> matching(String requestPath) {
    if (!requestPath.startsWith(basePath + "/")) {
      return List.of();
    }
    String path = requestPath.substring(basePath.length());
    return paths.stream().filter(p -> p.pattern().matcher(path).matches()).toList();
  }

  private static Pattern templateRegex(String template) {
    StringBuilder re = new StringBuilder();
    for (String part : template.split("(?=\\{)|(?<=\\})")) {
      re.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(re.toString());
  }

  /** Path-level parameters, then the operation's, which override path-level ones of the same name and place. */
  private List<JsonNode> parameters(JsonNode pathItem, JsonNode op) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode p : pathItem.path("parameters")) {
      JsonNode r = resolve(p);
      byKey.put(r.path("in").asString() + ":" + r.path("name").asString(), r);
    }
    for (JsonNode p : op.path("parameters")) {
      JsonNode r = resolve(p);
      byKey.put(r.path("in").asString() + ":" + r.path("name").asString(), r);
    }
    return List.copyOf(byKey.values());
  }

  /** Follows a local {@code $ref} (parameters, request bodies, responses) to what it names. */
  public JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null || !ref.isString()) {
      return node;
    }
    JsonNode target = root.at(ref.asString().replaceFirst("^#", ""));
    if (target.isMissingNode()) {
      throw new IllegalStateException("the document has no " + ref.asString());
    }
    return resolve(target);
  }

  /** The operation's request body object, when it declares one. */
  public Optional<JsonNode> requestBody(Operation op) {
    JsonNode rb = op.definition().get("requestBody");
    return rb == null ? Optional.empty() : Optional.of(resolve(rb));
  }

  /** The operation's response object for a status: exact, then a range such as {@code 4XX}, then {@code default}. */
  public Optional<JsonNode> response(Operation op, int status) {
    JsonNode responses = op.definition().path("responses");
    for (String key : List.of(Integer.toString(status), (status / 100) + "XX", "default")) {
      JsonNode r = responses.get(key);
      if (r != null) {
        return Optional.of(resolve(r));
      }
    }
    return Optional.empty();
  }

  /** The shared response of {@code components/responses} named by a status (e.g. a 429 error shape). */
  public Optional<JsonNode> sharedResponse(int status) {
    JsonNode r = root.path("components").path("responses").get(Integer.toString(status));
    return r == null ? Optional.empty() : Optional.of(resolve(r));
  }

  /** The named component schema as a {@code $ref}, for validating against it directly. */
  public JsonNode ref(String componentName) {
    if (!root.path("components").path("schemas").has(componentName)) {
      throw new IllegalArgumentException("the document has no component schema " + componentName);
    }
    return JSON.createObjectNode().put("$ref", COMPONENT_SCHEMAS + componentName);
  }

  /** Validation messages for {@code instance} against {@code schema} (which may be a {@code $ref}); empty when valid. */
  public List<String> validate(JsonNode schema, JsonNode instance) {
    Schema s = compiled.computeIfAbsent(schema.toString(), k -> {
      ObjectNode doc = JSON.createObjectNode();
      doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      doc.setAll((ObjectNode) prepare(schema));
      doc.set("$defs", defs);
      return registry.getSchema(doc);
    });
    List<String> out = new ArrayList<>();
    s.validate(instance).forEach(e -> out.add(e.toString()));
    return out;
  }

  /** A copy of a schema with component references pointing into {@code $defs}, made strict if asked. */
  private JsonNode prepare(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("$ref") && e.getValue().isString()) {
          out.put("$ref", e.getValue().asString().replace(COMPONENT_SCHEMAS, "#/$defs/"));
        } else {
          out.set(e.getKey(), prepare(e.getValue()));
        }
      }
      if (strictObjects && out.has("properties") && !out.has("additionalProperties")) {
        out.put("additionalProperties", false);
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JSON.createArrayNode();
      node.forEach(v -> out.add(prepare(v)));
      return out;
    }
    return node.deepCopy();
  }
}
