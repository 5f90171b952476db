package dev.paperclipfly.fly.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAPI 3 document, read for checking traffic against it: finds the operation for a method and
 * path, and validates JSON against the operation's schemas with {@code $ref}s resolved into
 * {@code components/schemas}.
 *
 * <p>Validation is strict: every object schema that lists {@code properties} is treated as if it said
 * {@code additionalProperties: false}, so a misspelled field name fails instead of slipping through as
 * an extra key.
 */
public final class OpenApiSpec {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JsonNode root;
  private final ObjectNode strictComponents;
  private final List<Operation> operations;
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  /** One operation: method, path template (without the server's base path) and its definition. */
  public record Operation(String method, String template, Pattern pattern, JsonNode definition) {
    /** Number of literal segments; more literal means a better match. */
    int literalSegments() {
      return (int) java.util.Arrays.stream(template.split("/")).filter(s -> !s.startsWith("{")).count();
    }
  }

  private OpenApiSpec(JsonNode root) {
    this.root = root;
    this.strictComponents = JSON.createObjectNode();
    ObjectNode schemas = (ObjectNode) root.path("components").path("schemas").deepCopy();
    correct(schemas);
    strictify(schemas);
    this.strictComponents.set("schemas", schemas);
    this.operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      Pattern p = Pattern.compile("^" + path.getKey().replaceAll("\\{[^/}]+}", "[^/]+") + "$");
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), p, op.getValue()));
      }
    }
  }

  public static OpenApiSpec load(Path file) {
    try {
      return new OpenApiSpec(JSON.readTree(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base path of the first server ({@code /v1} for {@code https://api.machines.dev/v1}). */
  public String basePath() {
    String url = root.path("servers").path(0).path("url").asString("");
    return java.net.URI.create(url).getPath().replaceAll("/+$", "");
  }

  /** The operation a request would hit, preferring literal segments over templates. */
  public Optional<Operation> find(String method, String path) {
    return operations.stream()
        .filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
        .max(Comparator.comparingInt(Operation::literalSegments));
  }

  /** Whether any method is defined for the path. */
  public boolean pathExists(String path) {
    return operations.stream().anyMatch(o -> o.pattern().matcher(path).matches());
  }

  /** Validation messages for {@code instance} against {@code schema} (which may be a {@code $ref}). */
  public List<String> validate(JsonNode schema, JsonNode instance) {
    String key = schema.toString();
    Schema s = compiled.computeIfAbsent(key, k -> {
      ObjectNode doc = JSON.createObjectNode();
      doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      JsonNode copy = schema.deepCopy();
      strictify(copy);
      doc.setAll((ObjectNode) copy);
      doc.set("components", strictComponents);
      return registry.getSchema(doc);
    });
    List<String> out = new ArrayList<>();
    for (Error e : s.validate(instance)) {
      out.add(e.toString());
    }
    return out;
  }

  /** The named component schema as a {@code $ref}, for validating against it directly. */
  public JsonNode ref(String componentName) {
    if (!root.path("components").path("schemas").has(componentName)) {
      throw new IllegalArgumentException("no component schema " + componentName);
    }
    return JSON.createObjectNode().put("$ref", "#/components/schemas/" + componentName);
  }

  /**
   * Where the published spec is known to be narrower than the API. Each correction is deliberate and
   * documented; everything else is checked exactly as published.
   */
  private static void correct(ObjectNode schemas) {
    // Secrets_update: a null value removes the secret (fly-go sends map[string]*string, flyctl relies on
    // it); the spec's generator dropped the pointer and lists only strings.
    JsonNode values = schemas.path("AppSecretsUpdateRequest").path("properties").path("values");
    if (values instanceof ObjectNode v) {
      ObjectNode nullableString = JSON.createObjectNode();
      nullableString.putArray("type").add("string").add("null");
      v.set("additionalProperties", nullableString);
    }
  }

  private static void strictify(JsonNode node) {
    if (node instanceof ObjectNode obj) {
      if (obj.has("properties") && !obj.has("additionalProperties")) {
        obj.put("additionalProperties", false);
      }
      for (Iterator<JsonNode> it = obj.values().iterator(); it.hasNext(); ) {
        strictify(it.next());
      }
    } else if (node != null && node.isArray()) {
      node.forEach(OpenApiSpec::strictify);
    }
  }
}
