package dev.paperclipfly.core.config.internal;

import dev.paperclipfly.core.config.Strictness;
import dev.paperclipfly.core.config.ValidationOptions;
import dev.paperclipfly.core.config.internal.ConfigSchema.Field;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.Severity;
import dev.paperclipfly.core.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Judges a parsed config.json tree: first exactly what Paperclip's zod schema rejects (types,
 * enums, ranges, URL, the cross-field rules of its {@code superRefine}), then the SDK's own checks
 * that {@link ValidationOptions} controls. Every problem is collected; nothing stops at the first.
 */
public final class ConfigTreeChecker {
  private static final String META_EXAMPLE =
      "{\"version\": 1, \"updatedAt\": \"2026-01-01T00:00:00.000Z\", \"source\": \"onboard\"}";
  private static final Map<String, String> EXAMPLES = Map.of(
      "$meta.version", "1",
      "$meta.updatedAt", "\"2026-01-01T00:00:00.000Z\" (the time the file was written)",
      "$meta.source", "\"onboard\"",
      "database", "{\"mode\": \"embedded-postgres\"}, or {\"mode\": \"postgres\", \"connectionString\": \"postgres://...\"}",
      "logging", "{\"mode\": \"file\"}",
      "logging.mode", "\"file\"",
      "server", "{\"deploymentMode\": \"authenticated\", \"exposure\": \"private\"} ({} takes Paperclip's defaults)",
      "llm.provider", "\"claude\" or \"openai\"");

  /** Keys whose values are credentials: messages describe only their JSON type, never the value. */
  private static final Set<String> SECRET_PATHS = Set.of("llm.apiKey", "database.connectionString");

  private final ValidationOptions options;
  private final List<Problem> problems = new ArrayList<>();

  private ConfigTreeChecker(ValidationOptions options) {
    this.options = options;
  }

  /** Every problem in the document under the given options. */
  public static ValidationResult check(JsonNode document, ValidationOptions options) {
    ConfigTreeChecker checker = new ConfigTreeChecker(options);
    if (!document.isObject()) {
      checker.error("", "config.json must be a JSON object with $meta, database, logging and server, found "
          + describe(document) + ": replace the content with such an object");
    } else {
      checker.checkObject(document, ConfigSchema.ROOT, "");
      new CrossFieldRules(checker::error).check(document);
      checker.checkSdkRules(document);
    }
    return new ValidationResult(checker.problems);
  }

  /**
   * Problems in one section standing alone (as when a section's builder runs), with paths prefixed
   * by the section's place in the document.
   */
  public static ValidationResult checkSection(JsonNode section, String dottedPath) {
    ConfigTreeChecker checker = new ConfigTreeChecker(ValidationOptions.paperclipCompatible());
    Field field = ConfigSchema.at(dottedPath)
        .orElseThrow(() -> new IllegalArgumentException("no such section: " + dottedPath));
    checker.checkValue(section, field, dottedPath);
    return new ValidationResult(checker.problems);
  }

  private void checkObject(JsonNode object, Field schema, String path) {
    for (Field child : schema.children().values()) {
      String childPath = join(path, child.name());
      JsonNode value = object.get(child.name());
      if (value == null) {
        if (child.required()) {
          missing(child, childPath);
        }
      } else {
        checkValue(value, child, childPath);
      }
    }
  }

  private void missing(Field field, String path) {
    if (path.equals("$meta")) {
      // Paperclip's own message for this is "expected object, received undefined" at "$meta".
      error(path, "is missing: config.json needs \"$meta\": " + META_EXAMPLE
          + "; Paperclip refuses to start without it");
      return;
    }
    String example = EXAMPLES.get(path);
    error(path, "is missing: Paperclip requires it" + (example == null ? "" : "; add \"" + field.name() + "\": " + example));
  }

  private void checkValue(JsonNode value, Field field, String path) {
    switch (field.kind()) {
      case OBJECT -> {
        if (!value.isObject()) {
          String hint = path.equals("$meta") ? "\"$meta\": " + META_EXAMPLE : "an object, e.g. {}";
          wrongType(path, "an object", value, "write " + hint);
        } else {
          checkObject(value, field, path);
        }
      }
      case STRING -> checkString(value, field, path);
      case URL -> checkUrl(value, path);
      case INTEGER -> checkInteger(value, field, path);
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          wrongType(path, "true or false", value, "write true or false without quotes");
        }
      }
      case ENUM -> checkEnum(value, field, path);
      case LITERAL_ONE -> {
        if (!value.isNumber() || value.numberValue().doubleValue() != 1.0) {
          error(path, "must be 1, the only config.json format version Paperclip reads, found " + describeValue(value)
              + ": set \"version\": 1");
        }
      }
      case STRING_ARRAY -> checkStringArray(value, field, path);
      default -> throw new IllegalStateException("unhandled kind " + field.kind());
    }
  }

  private void checkString(JsonNode value, Field field, String path) {
    if (!value.isString()) {
      wrongType(path, "a string", value, "put the value in double quotes");
    } else if (value.stringValue().length() < field.min()) {
      error(path, "must not be empty: set a value or remove the key to use Paperclip's default");
    }
  }

  private void checkUrl(JsonNode value, String path) {
    if (!value.isString()) {
      wrongType(path, "a URL string", value, "write the full URL in quotes, e.g. \"https://paperclip.example.ts.net\"");
    } else if (!WhatwgUrl.canParse(JsText.trim(value.stringValue()))) {
      error(path, "must be an absolute URL with a scheme, found \"" + value.stringValue()
          + "\": write it like \"https://paperclip.example.ts.net\"");
    }
  }

  private void checkInteger(JsonNode value, Field field, String path) {
    String range = "an integer from " + field.min() + " to " + field.max();
    if (!value.isNumber()) {
      wrongType(path, range, value, "write the number without quotes");
      return;
    }
    // JavaScript numbers are doubles: 60.0 and 6e1 are the integer 60 to Paperclip.
    double d = value.numberValue().doubleValue();
    if (Double.isInfinite(d) || d != Math.rint(d)) {
      error(path, "must be " + range + ", found " + value + ": use a whole number");
    } else if (d < field.min() || d > field.max()) {
      error(path, "must be " + range + ", found " + value + ": pick a value in that range");
    }
  }

  private void checkEnum(JsonNode value, Field field, String path) {
    String allowed = field.enumValues().stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    if (!value.isString()) {
      wrongType(path, "one of " + allowed, value, "write one of those strings");
    } else if (!field.enumValues().contains(value.stringValue())) {
      String found = value.stringValue();
      String fix = closestEnumValue(found, field.enumValues())
          .map(v -> "did you mean \"" + v + "\"? Values are exact and case-sensitive")
          .orElse("use one of those exactly (they are case-sensitive)");
      error(path, "must be one of " + allowed + ", found \"" + found + "\": " + fix);
    }
  }

  /** The allowed value a wrong one was probably meant to be: same letters ignoring case, spaces, - and _, or two edits. */
  private static Optional<String> closestEnumValue(String found, List<String> allowed) {
    String normalized = JsText.trim(found).toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    return allowed.stream()
        .filter(v -> v.replace('-', '_').equals(normalized) || MisspeltKeys.editDistance(normalized, v) <= 2)
        .min(java.util.Comparator.comparingInt(v -> MisspeltKeys.editDistance(normalized, v)));
  }

  private void checkStringArray(JsonNode value, Field field, String path) {
    if (!value.isArray()) {
      wrongType(path, "a list of strings", value, "write a JSON array such as [\"paperclip.example.ts.net\"]");
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String itemPath = path + "[" + i + "]";
      if (!item.isString()) {
        wrongType(itemPath, "a string", item, "put the value in double quotes");
      } else if (item.stringValue().length() < field.min()) {
        error(itemPath, "is an empty string: remove it from the list");
      }
    }
  }

  private void checkSdkRules(JsonNode document) {
    if (options.misspeltKeys() != Strictness.IGNORE) {
      Severity severity = options.misspeltKeys() == Strictness.ERROR ? Severity.ERROR : Severity.WARNING;
      MisspeltKeys.find(document).forEach(p -> problems.add(new Problem(p.path(), severity, p.message())));
    }
    if (!options.databaseUrlFromEnvironment()) {
      checkPostgresConnection(document.get("database"));
    }
    TildePaths.find(document).forEach(problems::add);
  }

  private void checkPostgresConnection(JsonNode database) {
    if (database == null || !database.isObject()) {
      return;
    }
    JsonNode mode = database.get("mode");
    JsonNode connection = database.get("connectionString");
    boolean postgres = mode != null && mode.isString() && mode.stringValue().equals("postgres");
    boolean blank = connection == null || (connection.isString() && JsText.trim(connection.stringValue()).isEmpty());
    if (postgres && blank) {
      // Paperclip uses DATABASE_URL, else this key, else silently starts its embedded PostgreSQL.
      error("database.connectionString", "is not set while database.mode is \"postgres\": without it (and without"
          + " DATABASE_URL in the server's environment) Paperclip silently starts its embedded PostgreSQL instead;"
          + " set it to \"postgres://user:password@host:5432/db\", or, if the server gets DATABASE_URL, validate with"
          + " ValidationOptions.databaseUrlFromEnvironment(true) (paperclip-fly validate-config --database-url-from-env)");
    }
  }

  private void wrongType(String path, String expected, JsonNode found, String fix) {
    String what = SECRET_PATHS.contains(path) ? found.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
        : describe(found);
    error(path, "must be " + expected + ", found " + what + ": " + fix);
  }

  void error(String path, String message) {
    problems.add(Problem.error(path, message));
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The kind of a JSON value in words, for "found ..." sentences. */
  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "the string \"" + node.stringValue() + "\"";
      case NUMBER -> "the number " + node;
      case BOOLEAN -> "the boolean " + node.booleanValue();
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> "nothing";
    };
  }

  private static String describeValue(JsonNode node) {
    return node.isNumber() ? node.toString() : describe(node);
  }
}
