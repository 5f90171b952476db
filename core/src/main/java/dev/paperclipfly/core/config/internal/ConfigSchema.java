package dev.paperclipfly.core.config.internal;

import dev.paperclipfly.core.config.AuthBaseUrlMode;
import dev.paperclipfly.core.config.BindMode;
import dev.paperclipfly.core.config.ConfigSource;
import dev.paperclipfly.core.config.DatabaseMode;
import dev.paperclipfly.core.config.DeploymentExposure;
import dev.paperclipfly.core.config.DeploymentMode;
import dev.paperclipfly.core.config.LlmProvider;
import dev.paperclipfly.core.config.LoggingMode;
import dev.paperclipfly.core.config.PaperclipEnumValue;
import dev.paperclipfly.core.config.SecretProvider;
import dev.paperclipfly.core.config.StorageProvider;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paperclip 2026.916.1's config.json schema ({@code @paperclipai/shared} {@code config-schema.js}) as
 * data: every key in the order Paperclip writes it, its type, whether it must be present, its range.
 * The validator walks it, the typo check reads its key names, and tests compare it with the zod
 * schema's own shape.
 */
public final class ConfigSchema {
  /** The JSON type a field must have. */
  public enum Kind { OBJECT, STRING, URL, INTEGER, BOOLEAN, ENUM, LITERAL_ONE, STRING_ARRAY }

  /**
   * One key of the schema.
   *
   * @param name key name
   * @param kind JSON type
   * @param required true when Paperclip rejects the file without it (zod without optional/default)
   * @param children keys of an object, in Paperclip's order
   * @param enumValues allowed strings of an enum
   * @param min smallest integer, or smallest string length for strings and array items
   * @param max largest integer
   * @param isPath true for directory and file paths, which Paperclip resolves with ~ expansion
   */
  public record Field(String name, Kind kind, boolean required, Map<String, Field> children,
      List<String> enumValues, long min, long max, boolean isPath) {
    /** The child field with that key, if the schema knows it. */
    public Optional<Field> child(String key) {
      return Optional.ofNullable(children.get(key));
    }
  }

  public static final Field ROOT = object("", true,
      object("$meta", true,
          new Field("version", Kind.LITERAL_ONE, true, Map.of(), List.of(), 1, 1, false),
          string("updatedAt", true),
          enumeration("source", true, ConfigSource.class)),
      object("llm", false,
          enumeration("provider", true, LlmProvider.class),
          string("apiKey", false)),
      object("database", true,
          enumeration("mode", false, DatabaseMode.class),
          string("connectionString", false),
          path("embeddedPostgresDataDir"),
          integer("embeddedPostgresPort", 1, 65535),
          object("backup", false,
              bool("enabled"),
              integer("intervalMinutes", 1, 7 * 24 * 60),
              integer("retentionDays", 1, 3650),
              path("dir"))),
      object("logging", true,
          enumeration("mode", true, LoggingMode.class),
          path("logDir")),
      object("server", true,
          enumeration("deploymentMode", false, DeploymentMode.class),
          enumeration("exposure", false, DeploymentExposure.class),
          enumeration("bind", false, BindMode.class),
          string("customBindHost", false),
          string("host", false),
          integer("port", 1, 65535),
          new Field("allowedHostnames", Kind.STRING_ARRAY, false, Map.of(), List.of(), 1, 0, false),
          bool("serveUi")),
      // telemetry is required by zod but prefaulted to {}, so a file without it is accepted.
      object("telemetry", false, bool("enabled")),
      object("updates", false, bool("checkEnabled")),
      object("auth", false,
          enumeration("baseUrlMode", false, AuthBaseUrlMode.class),
          new Field("publicBaseUrl", Kind.URL, false, Map.of(), List.of(), 0, 0, false),
          bool("disableSignUp")),
      object("storage", false,
          enumeration("provider", false, StorageProvider.class),
          object("localDisk", false, path("baseDir")),
          object("s3", false,
              new Field("bucket", Kind.STRING, false, Map.of(), List.of(), 1, 0, false),
              new Field("region", Kind.STRING, false, Map.of(), List.of(), 1, 0, false),
              string("endpoint", false),
              string("prefix", false),
              bool("forcePathStyle"))),
      object("secrets", false,
          enumeration("provider", false, SecretProvider.class),
          bool("strictMode"),
          object("localEncrypted", false, path("keyFilePath"))));

  private ConfigSchema() {}

  /** The field at a dotted path of object keys ({@code database.backup}), if the schema has one. */
  public static Optional<Field> at(String dottedPath) {
    Field current = ROOT;
    if (dottedPath.isEmpty()) {
      return Optional.of(current);
    }
    for (String key : dottedPath.split("\\.")) {
      Optional<Field> next = current.child(key);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  private static Field object(String name, boolean required, Field... children) {
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Field child : children) {
      byName.put(child.name(), child);
    }
    return new Field(name, Kind.OBJECT, required, java.util.Collections.unmodifiableMap(byName),
        List.of(), 0, 0, false);
  }

  private static Field string(String name, boolean required) {
    return new Field(name, Kind.STRING, required, Map.of(), List.of(), 0, 0, false);
  }

  private static Field path(String name) {
    return new Field(name, Kind.STRING, false, Map.of(), List.of(), 0, 0, true);
  }

  private static Field integer(String name, long min, long max) {
    return new Field(name, Kind.INTEGER, false, Map.of(), List.of(), min, max, false);
  }

  private static Field bool(String name) {
    return new Field(name, Kind.BOOLEAN, false, Map.of(), List.of(), 0, 0, false);
  }

  private static <E extends Enum<E> & PaperclipEnumValue> Field enumeration(
      String name, boolean required, Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(PaperclipEnumValue::paperclipName).toList();
    return new Field(name, Kind.ENUM, required, Map.of(), names, 0, 0, false);
  }
}
