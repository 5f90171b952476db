package dev.paperclipfly.core.config;

import dev.paperclipfly.core.config.internal.ConfigJsonMapper;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationException;
import dev.paperclipfly.core.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes Paperclip's config.json.
 *
 * <p>Reading validates first ({@link PaperclipConfigValidator}, strict options unless given) and
 * throws {@link ValidationException} listing every error, so a file is never half-bound. Writing uses
 * the key order Paperclip writes (its schema's order, extension keys after the known ones in their
 * original order), two-space indentation and a trailing newline, as {@code JSON.stringify(config,
 * null, 2)} does. Values absent from the model stay absent: defaults are never written into a
 * user's file. A file read and written back unchanged keeps its content.
 */
public final class PaperclipConfigJson {
  private PaperclipConfigJson() {}

  /** Parses and binds JSON text under the strict default options. */
  public static PaperclipConfig read(String json) {
    return read(json, ValidationOptions.defaults());
  }

  /**
   * Parses and binds JSON text.
   *
   * @throws ValidationException listing every error, including unparseable JSON with line and column
   */
  public static PaperclipConfig read(String json, ValidationOptions options) {
    ConfigJsonMapper.Parsed parsed = ConfigJsonMapper.parse(json);
    if (parsed.tree().isEmpty()) {
      throw new ValidationException("config.json", new ValidationResult(parsed.problem().stream().toList()));
    }
    JsonNode tree = parsed.tree().get();
    ValidationResult result = PaperclipConfigValidator.of(options).validate(tree).and(unbindableSecrets(tree));
    result.throwIfInvalid("config.json");
    try {
      return ConfigJsonMapper.bind(tree, PaperclipConfig.class);
    } catch (JacksonException e) {
      // A builder's own check failing inside Jackson: surface its problem list, not Jackson's wrapper.
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof ValidationException validation) {
          throw validation;
        }
      }
      throw e;
    }
  }

  /** Reads a UTF-8 file under the strict default options. */
  public static PaperclipConfig read(Path file) {
    return read(file, ValidationOptions.defaults());
  }

  /**
   * Reads a UTF-8 file.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws ValidationException listing every error
   */
  public static PaperclipConfig read(Path file, ValidationOptions options) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads UTF-8 JSON from a stream (not closed) under the strict default options. */
  public static PaperclipConfig read(InputStream in) {
    return read(in, ValidationOptions.defaults());
  }

  /** Reads UTF-8 JSON from a stream (not closed). */
  public static PaperclipConfig read(InputStream in, ValidationOptions options) {
    try {
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read config.json: " + e.getMessage(), e);
    }
  }

  /** The file content: Paperclip's key order, two-space indent, trailing newline. */
  public static String write(PaperclipConfig config) {
    return ConfigJsonMapper.print(toTree(config));
  }

  /**
   * Writes the file, replacing it atomically so a crash never leaves half a config behind.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(PaperclipConfig config, Path file) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        Files.writeString(temporary, write(config), StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the file content to a stream (not closed). */
  public static void write(PaperclipConfig config, OutputStream out) {
    try {
      out.write(write(config).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write config.json: " + e.getMessage(), e);
    }
  }

  /** The config as a JSON tree in file order; secrets appear as their values. */
  public static JsonNode toTree(PaperclipConfig config) {
    return ConfigJsonMapper.toTree(config);
  }

  /**
   * Secret values the model cannot hold: Paperclip accepts an empty or space-padded
   * {@code llm.apiKey} or {@code database.connectionString}, but a {@link dev.paperclipfly.core.Secret}
   * is never blank or padded.
   */
  private static ValidationResult unbindableSecrets(JsonNode tree) {
    List<Problem> problems = new ArrayList<>();
    checkSecret(tree.path("llm").path("apiKey"), "llm.apiKey", problems);
    checkSecret(tree.path("database").path("connectionString"), "database.connectionString", problems);
    return new ValidationResult(problems);
  }

  private static void checkSecret(JsonNode value, String path, List<Problem> problems) {
    if (value.isString() && (value.stringValue().isBlank() || !value.stringValue().equals(value.stringValue().strip()))) {
      problems.add(Problem.error(path, "is empty or has leading or trailing whitespace: remove the key, or write the"
          + " value without surrounding spaces"));
    }
  }
}
