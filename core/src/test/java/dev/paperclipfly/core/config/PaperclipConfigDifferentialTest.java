package dev.paperclipfly.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.config.ConfigCaseGenerator.ConfigCase;
import dev.paperclipfly.core.config.PaperclipSchemaOracle.Verdict;
import dev.paperclipfly.core.config.internal.ConfigSchema;
import dev.paperclipfly.core.config.internal.ConfigSchema.Field;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the Java validator with Paperclip's own zod schema ({@code paperclipConfigSchema.safeParse})
 * on a few thousand generated documents.
 */
class PaperclipConfigDifferentialTest {
  private static final long SEED = 20261203L;

  @TempDir
  Path workDir;

  @Test
  void theJavaSchemaTableDescribesExactlyPaperclipsZodSchema() {
    JsonNode zodShape = new PaperclipSchemaOracle(workDir).shape();

    ObjectNode expected = (ObjectNode) describe(ConfigSchema.ROOT, true);
    // The schema's one superRefine: the cross-field rules the validator implements separately.
    expected.putArray("checks").addObject().put("check", "custom");

    // Re-read so both sides use the same number node types.
    assertThat(ConfigCaseGenerator.JSON.readTree(expected.toString())).isEqualTo(zodShape);
  }

  @Test
  void theValidatorAgreesWithPaperclipOnEveryGeneratedConfigExceptTheDocumentedStricterRules() {
    List<ConfigCase> cases = ConfigCaseGenerator.generate(PaperclipConfigJsonTest.resource("seed-config.json"), SEED);
    Map<String, Verdict> zod = new PaperclipSchemaOracle(workDir).judge(cases);
    PaperclipConfigValidator compatible = PaperclipConfigValidator.of(ValidationOptions.paperclipCompatible());
    PaperclipConfigValidator strict = PaperclipConfigValidator.strict();

    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    int stricter = 0;
    for (ConfigCase c : cases) {
      Verdict verdict = zod.get(c.id());
      ValidationResult lenient = compatible.validate(c.json());
      ValidationResult full = strict.validate(c.json());
      List<String> lenientPaths = paths(lenient);
      List<String> sdkOnly = new ArrayList<>(paths(full));
      lenientPaths.forEach(sdkOnly::remove);
      if (verdict.success()) {
        accepted++;
      }
      if (!c.sdkOnlyPaths().isEmpty()) {
        stricter++;
      }
      if (lenient.isValid() != verdict.success()) {
        disagreements.add(c.id() + ": zod " + verdict.success() + " " + verdict.issues() + ", Java " + lenient.problems()
            + "\n    " + c.json());
      } else if (!new HashSet<>(lenientPaths).containsAll(verdict.issuePaths())) {
        disagreements.add(c.id() + ": zod reports " + verdict.issuePaths() + ", Java only " + lenientPaths);
      } else if (!Set.copyOf(sdkOnly).equals(c.sdkOnlyPaths()) || sdkOnly.size() != c.sdkOnlyPaths().size()) {
        disagreements.add(c.id() + ": SDK-only errors expected at " + c.sdkOnlyPaths() + ", found at " + sdkOnly);
      } else if (!c.sdkOnlyPaths().isEmpty() && !verdict.success()) {
        disagreements.add(c.id() + ": a documented stricter case must be one Paperclip accepts: " + verdict.issues());
      }
    }

    System.out.printf("config.json differential: %d cases, %d accepted and %d rejected by Paperclip, %d stricter"
        + " SDK cases, %d disagreements%n", cases.size(), accepted, cases.size() - accepted, stricter,
        disagreements.size());
    assertThat(cases).hasSizeGreaterThan(2000);
    assertThat(accepted).isBetween(cases.size() / 5, cases.size() * 4 / 5);
    assertThat(stricter).isGreaterThan(100);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void everyConfigPaperclipAcceptsIsReadAndWrittenBackWithTheSameContent() {
    List<ConfigCase> cases = ConfigCaseGenerator.generate(PaperclipConfigJsonTest.resource("seed-config.json"), SEED);
    Map<String, Verdict> zod = new PaperclipSchemaOracle(workDir).judge(cases);

    List<String> failures = new ArrayList<>();
    int roundTrips = 0;
    for (ConfigCase c : cases) {
      JsonNode input = ConfigCaseGenerator.JSON.readTree(c.json());
      if (!zod.get(c.id()).success() || hasUnbindableSecret(input)) {
        continue;
      }
      try {
        String written = PaperclipConfigJson.write(PaperclipConfigJson.read(c.json(), ValidationOptions.paperclipCompatible()));
        if (!normalized(ConfigCaseGenerator.JSON.readTree(written)).equals(normalized(input))) {
          failures.add(c.id() + ": wrote " + written);
        }
        roundTrips++;
      } catch (RuntimeException e) {
        failures.add(c.id() + ": " + e);
      }
    }

    assertThat(roundTrips).isGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  /** A blank or space-padded key or connection string, which a Secret cannot hold. */
  private static boolean hasUnbindableSecret(JsonNode doc) {
    for (JsonNode value : List.of(doc.path("llm").path("apiKey"), doc.path("database").path("connectionString"))) {
      if (value.isString() && !value.stringValue().equals(value.stringValue().strip())
          || value.isString() && value.stringValue().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Numbers compared as the doubles JavaScript reads (3100.0, 3100 and 3100.0000000000001 are one
   * value to Paperclip); key order does not matter.
   */
  private static JsonNode normalized(JsonNode node) {
    if (node.isNumber()) {
      return ConfigCaseGenerator.JSON.getNodeFactory().numberNode(node.numberValue().doubleValue());
    }
    if (node.isObject()) {
      ObjectNode copy = ConfigCaseGenerator.JSON.createObjectNode();
      node.properties().forEach(e -> copy.set(e.getKey(), normalized(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = ConfigCaseGenerator.JSON.createArrayNode();
      node.forEach(item -> copy.add(normalized(item)));
      return copy;
    }
    return node;
  }

  private static List<String> paths(ValidationResult result) {
    return result.errors().stream().map(Problem::path).toList();
  }

  /** The Java table in the form the oracle script prints the zod shape. */
  private static JsonNode describe(Field field, boolean required) {
    ObjectNode d = ConfigCaseGenerator.JSON.createObjectNode();

    switch (field.kind()) {
      case OBJECT -> {
        d.put("type", "object").put("required", required);
        ObjectNode children = d.putObject("children");
        field.children().values().forEach(c -> children.set(c.name(), describe(c, c.required())));
      }
      case STRING -> {
        d.put("type", "string").put("required", required);
        if (field.min() > 0) {
          d.putArray("checks").addObject().put("check", "min_length").put("minimum", field.min());
        }
      }
      case URL -> {
        d.put("type", "string").put("required", required);
        d.putArray("checks").addObject().put("check", "string_format").put("format", "url");
      }
      case INTEGER -> {
        d.put("type", "number").put("required", required);
        ArrayNode checks = d.putArray("checks");
        checks.addObject().put("check", "number_format").put("format", "safeint");
        checks.addObject().put("check", "greater_than").put("value", field.min()).put("inclusive", true);
        checks.addObject().put("check", "less_than").put("value", field.max()).put("inclusive", true);
      }
      case BOOLEAN -> d.put("type", "boolean").put("required", required);
      case ENUM -> {
        d.put("type", "enum").put("required", required);
        field.enumValues().forEach(d.putArray("values")::add);
      }
      case LITERAL_ONE -> {
        d.put("type", "literal").put("required", required);
        d.putArray("values").add(1);
      }
      case STRING_ARRAY -> {
        d.put("type", "array").put("required", required);
        ObjectNode element = d.putObject("element").put("type", "string").put("required", true);
        element.putArray("checks").addObject().put("check", "min_length").put("minimum", field.min());
      }
      default -> throw new IllegalStateException(field.kind().toString());
    }
    return d;
  }
}
