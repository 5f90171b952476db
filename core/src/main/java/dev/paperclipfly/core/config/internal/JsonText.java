package dev.paperclipfly.core.config.internal;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree the way JavaScript's {@code JSON.stringify(value, null, 2)} does, so a file the
 * SDK writes reads like one Paperclip wrote: two-space indent, {@code "key": value}, {@code []} and
 * {@code {}} for empty containers, the same string escapes.
 */
final class JsonText {
  private JsonText() {}

  static void write(JsonNode node, int depth, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(node, depth, out);
      case ARRAY -> writeArray(node, depth, out);
      case STRING -> writeString(node.stringValue(), out);
      case NUMBER -> out.append(node.numberValue().toString());
      case BOOLEAN -> out.append(node.booleanValue());
      default -> out.append("null");
    }
  }

  private static void writeObject(JsonNode node, int depth, StringBuilder out) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      indent(depth + 1, out);
      writeString(entry.getKey(), out);
      out.append(": ");
      write(entry.getValue(), depth + 1, out);
      out.append(entries.hasNext() ? ",\n" : "\n");
    }
    indent(depth, out);
    out.append('}');
  }

  private static void writeArray(JsonNode node, int depth, StringBuilder out) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < node.size(); i++) {
      indent(depth + 1, out);
      write(node.get(i), depth + 1, out);
      out.append(i < node.size() - 1 ? ",\n" : "\n");
    }
    indent(depth, out);
    out.append(']');
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }

  /** JSON.stringify's escaping: quote, backslash, short escapes, other controls and lone surrogates as \\u. */
  private static void writeString(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
              && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)));
          if (c < 0x20 || loneSurrogate) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
