package dev.paperclipfly.core.flytoml;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Checking a fly.toml file in one call, for tools that report rather than throw. */
public final class FlyTomls {
  private FlyTomls() {}

  /**
   * Reads and validates a fly.toml file. Never throws for a bad file: a missing or unreadable file,
   * TOML syntax errors and values of the wrong shape all come back as problems.
   */
  public static ValidationResult validate(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new ValidationResult(List.of(Problem.error("", "file not found: check the path")));
    } catch (IOException | RuntimeException e) {
      return new ValidationResult(List.of(Problem.error("", "cannot read the file (" + e.getClass().getSimpleName()
          + "): check that it exists, is readable and is UTF-8 text")));
    }
    FlyToml toml;
    try {
      toml = FlyTomlReader.read(text);
    } catch (FlyTomlParseException e) {
      return new ValidationResult(List.of(Problem.error(e.path(), e.detail())));
    }
    return FlyTomlValidator.validate(toml);
  }
}
