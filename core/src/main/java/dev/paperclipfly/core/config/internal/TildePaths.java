package dev.paperclipfly.core.config.internal;

import dev.paperclipfly.core.config.internal.ConfigSchema.Field;
import dev.paperclipfly.core.config.internal.ConfigSchema.Kind;
import dev.paperclipfly.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Path values starting with {@code ~}. Paperclip expands {@code ~} and {@code ~/} against the
 * server process's {@code $HOME}, not {@code PAPERCLIP_HOME}, and does not expand {@code ~user}.
 */
public final class TildePaths {
  private TildePaths() {}

  /** One warning per path value that starts with {@code ~}. */
  public static List<Problem> find(JsonNode document) {
    List<Problem> found = new ArrayList<>();
    walk(document, ConfigSchema.ROOT, "", found);
    return found;
  }

  private static void walk(JsonNode object, Field schema, String path, List<Problem> found) {
    for (Map.Entry<String, Field> entry : schema.children().entrySet()) {
      JsonNode value = object.get(entry.getKey());
      Field field = entry.getValue();
      String keyPath = ConfigTreeChecker.join(path, entry.getKey());
      if (value == null) {
        continue;
      }
      if (field.kind() == Kind.OBJECT && value.isObject()) {
        walk(value, field, keyPath, found);
      } else if (field.isPath() && value.isString() && value.stringValue().startsWith("~")) {
        found.add(Problem.warning(keyPath, message(value.stringValue())));
      }
    }
  }

  private static String message(String value) {
    if (value.equals("~") || value.startsWith("~/")) {
      // Seed gotcha: HOME and PAPERCLIP_HOME differ in containers, so ~ may point off the volume.
      return "starts with ~, which Paperclip expands against the server's $HOME, not PAPERCLIP_HOME; in a container"
          + " $HOME may not be on the volume: write the absolute path";
    }
    return "starts with ~ followed by a name; Paperclip does not expand ~user, so this becomes a directory named \""
        + value.split("/", 2)[0] + "\" under the working directory: write the absolute path";
  }
}
