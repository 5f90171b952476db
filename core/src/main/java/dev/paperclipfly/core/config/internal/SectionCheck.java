package dev.paperclipfly.core.config.internal;

import dev.paperclipfly.core.config.ValidationOptions;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What every config section's {@code build()} checks: Paperclip's own rules for that section, and
 * that no extension key reuses a known key's name (it would be written twice).
 */
public final class SectionCheck {
  private SectionCheck() {}

  /** Throws a ValidationException listing every problem of the section at {@code dottedPath}. */
  public static void check(Object section, String dottedPath, Map<String, JsonNode> extra) {
    List<Problem> problems = new ArrayList<>(shadowedKeys(dottedPath, extra));
    JsonNode tree = ConfigJsonMapper.toTree(section);
    problems.addAll(ConfigTreeChecker.checkSection(tree, dottedPath).errors());
    new ValidationResult(problems).throwIfInvalid(dottedPath);
  }

  /** Throws a ValidationException when Paperclip would reject the whole document. */
  public static void checkDocument(Object config, Map<String, JsonNode> extra) {
    List<Problem> problems = new ArrayList<>(shadowedKeys("", extra));
    JsonNode tree = ConfigJsonMapper.toTree(config);
    problems.addAll(ConfigTreeChecker.check(tree, ValidationOptions.paperclipCompatible()).errors());
    new ValidationResult(problems).throwIfInvalid("config.json");
  }

  private static List<Problem> shadowedKeys(String dottedPath, Map<String, JsonNode> extra) {
    ConfigSchema.Field schema = ConfigSchema.at(dottedPath).orElseThrow();
    return extra.keySet().stream()
        .filter(key -> schema.child(key).isPresent())
        .map(key -> Problem.error(ConfigTreeChecker.join(dottedPath, key), "is a known key and cannot be an extra"
            + " key: set it with the builder's " + key + "(...) method"))
        .toList();
  }
}
