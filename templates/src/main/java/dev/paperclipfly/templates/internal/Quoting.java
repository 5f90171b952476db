package dev.paperclipfly.templates.internal;

/**
 * Escapes a value for the file it lands in. Every value a template inserts passes through exactly one
 * of these (or was validated to a character set that needs none), chosen for its target.
 */
public final class Quoting {
  private Quoting() {}

  /** A POSIX shell word: single-quoted, with embedded single quotes closed, escaped and reopened. */
  public static String shell(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** A TOML basic string, quotes included. */
  public static String toml(String value) {
    return '"' + escapeCommon(value) + '"';
  }

  /** A JSON string, quotes included. */
  public static String json(String value) {
    return '"' + escapeCommon(value) + '"';
  }

  // TOML basic strings and JSON strings share these escapes; everything below U+0020 goes as \\uXXXX.
  private static String escapeCommon(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
