package dev.paperclipfly.core.config;

import dev.paperclipfly.core.config.internal.ConfigJsonMapper;
import dev.paperclipfly.core.config.internal.ConfigTreeChecker;
import dev.paperclipfly.core.validation.ValidationResult;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Judges a config.json on its raw JSON tree, so it can report on files that do not even bind to
 * {@link PaperclipConfig}.
 *
 * <p>It rejects exactly what Paperclip 2026.916.1's zod schema rejects (types, enums, ranges,
 * {@code auth.publicBaseUrl} as a URL, and its cross-field rules: {@code local_trusted} needs private
 * exposure and loopback bind; {@code bind = custom} needs {@code customBindHost} unless
 * {@code host} names a specific address; {@code tailnet} is not for public exposure; explicit base URL
 * mode needs {@code publicBaseUrl}; public exposure needs both). It is stricter in these documented
 * ways, which {@link ValidationOptions} controls:
 * <ul>
 *   <li>a key one or two edits from a known key, or a known alias ({@code url} for
 *       {@code connectionString}), is an error naming the right key ({@link ValidationOptions#misspeltKeys()});
 *   <li>{@code database.mode = postgres} without {@code database.connectionString} is an error
 *       ({@link ValidationOptions#databaseUrlFromEnvironment()}).
 * </ul>
 * It also warns (never fails) about path values starting with {@code ~}, and explains a missing or
 * wrong {@code $meta} plainly. Every problem is reported at once, each with its JSON path.
 */
public final class PaperclipConfigValidator {
  private final ValidationOptions options;

  private PaperclipConfigValidator(ValidationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** A validator with the given options. */
  public static PaperclipConfigValidator of(ValidationOptions options) {
    return new PaperclipConfigValidator(options);
  }

  /** A validator with the strict defaults. */
  public static PaperclipConfigValidator strict() {
    return of(ValidationOptions.defaults());
  }

  /** Every problem in a parsed document. */
  public ValidationResult validate(JsonNode document) {
    return ConfigTreeChecker.check(document, options);
  }

  /** Every problem in JSON text; text that does not parse is one problem with its line and column. */
  public ValidationResult validate(String json) {
    ConfigJsonMapper.Parsed parsed = ConfigJsonMapper.parse(json);
    return parsed.tree()
        .map(this::validate)
        .orElseGet(() -> new ValidationResult(parsed.problem().stream().toList()));
  }
}
