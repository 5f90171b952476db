package dev.paperclipfly.core.config.internal;

import dev.paperclipfly.core.config.internal.ConfigSchema.Field;
import dev.paperclipfly.core.config.internal.ConfigSchema.Kind;
import dev.paperclipfly.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Unknown keys that are almost certainly a known key misspelt or mis-named. Paperclip's schema
 * keeps unknown keys ({@code passthrough}) and ignores them, so {@code "url"} instead of
 * {@code "connectionString"} quietly loses the user's value.
 *
 * <p>A key matches when it equals a known key ignoring case, {@code _} and {@code -}; when it is
 * within Paperclip's own near-miss distance of one (one edit, two for keys of eight or more
 * characters: the thresholds of its {@code findPaperclipConfigKeyWarnings}, with a swap of two
 * neighbouring letters counted as one edit); or when it is a known alias.
 */
public final class MisspeltKeys {
  /** Names people write for a key, by the object that holds them. */
  private static final Map<String, Map<String, String>> ALIASES = Map.of(
      "database", Map.of(
          "url", "connectionString",
          "uri", "connectionString",
          "databaseUrl", "connectionString",
          "connectionUrl", "connectionString",
          "dataDir", "embeddedPostgresDataDir",
          "port", "embeddedPostgresPort"),
      "database.backup", Map.of("path", "dir", "directory", "dir", "interval", "intervalMinutes",
          "retention", "retentionDays"),
      "logging", Map.of("dir", "logDir", "path", "logDir"),
      "server", Map.of("mode", "deploymentMode", "hostnames", "allowedHostnames", "allowedHosts", "allowedHostnames",
          "bindHost", "customBindHost"),
      "auth", Map.of("publicUrl", "publicBaseUrl", "baseUrl", "publicBaseUrl", "url", "publicBaseUrl"),
      "storage.localDisk", Map.of("dir", "baseDir", "path", "baseDir"),
      "secrets.localEncrypted", Map.of("keyFile", "keyFilePath", "path", "keyFilePath"));

  private MisspeltKeys() {}

  /** One problem (severity ERROR; callers adjust it) per misspelt key, with its path. */
  public static List<Problem> find(JsonNode document) {
    List<Problem> found = new ArrayList<>();
    walk(document, ConfigSchema.ROOT, "", found);
    return found;
  }

  /** The known key an unknown key was probably meant to be. */
  public static Optional<String> suggestion(String objectPath, String key, Field schema) {
    String alias = ALIASES.getOrDefault(objectPath, Map.of()).get(key);
    if (alias != null) {
      return Optional.of(alias);
    }
    String normalized = normalize(key);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : schema.children().keySet()) {
      if (normalize(candidate).equals(normalized)) {
        return Optional.of(candidate);
      }
      String a = key.toLowerCase(Locale.ROOT);
      String b = candidate.toLowerCase(Locale.ROOT);
      int distance = editDistance(a, b);
      int threshold = Math.max(a.length(), b.length()) >= 8 ? 2 : 1;
      if (distance <= threshold && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static void walk(JsonNode object, Field schema, String path, List<Problem> found) {
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String key = entry.getKey();
      String keyPath = ConfigTreeChecker.join(path, key);
      Optional<Field> known = schema.child(key);
      if (known.isPresent()) {
        if (known.get().kind() == Kind.OBJECT && entry.getValue().isObject()) {
          walk(entry.getValue(), known.get(), keyPath, found);
        }
        continue;
      }
      suggestion(path, key, schema).ifPresent(meant -> {
        String meantPath = ConfigTreeChecker.join(path, meant);
        String also = object.has(meant) ? " (the file also has " + meantPath + "; remove this one)" : "; rename it";
        found.add(Problem.error(keyPath, "is not a Paperclip key: did you mean " + meantPath + "? Paperclip keeps"
            + " unknown keys without using them, so this value has no effect" + also));
      });
    }
  }

  private static String normalize(String key) {
    return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
   * letters as one edit each (optimal string alignment), so {@code prot} is one edit from
   * {@code port}. Paperclip's own warning uses plain Levenshtein distance, which counts a swap as two.
   */
  static int editDistance(String left, String right) {
    int[][] d = new int[left.length() + 1][right.length() + 1];
    for (int i = 0; i <= left.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= right.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      for (int j = 1; j <= right.length(); j++) {
        int substitution = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
        if (i > 1 && j > 1 && left.charAt(i - 1) == right.charAt(j - 2) && left.charAt(i - 2) == right.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[left.length()][right.length()];
  }
}
