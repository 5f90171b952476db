package dev.paperclipfly.core.config;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry points a command line tool calls: judge a config.json file and get every problem back,
 * never an exception.
 */
public final class PaperclipConfigs {
  private PaperclipConfigs() {}

  /** Every problem in the file under the strict default options. */
  public static ValidationResult validate(Path file) {
    return validate(file, ValidationOptions.defaults());
  }

  /**
   * Every problem in the file. A file that cannot be read, or is not JSON, is reported as a problem
   * (with line and column for syntax errors) rather than thrown.
   */
  public static ValidationResult validate(Path file, ValidationOptions options) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new ValidationResult(List.of(Problem.error("", "cannot read " + file + " (" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + "): check the path and its permissions")));
    }
    return PaperclipConfigValidator.of(options).validate(text);
  }
}
