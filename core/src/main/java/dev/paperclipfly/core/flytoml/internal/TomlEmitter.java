package dev.paperclipfly.core.flytoml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a tree of maps, lists and scalars as TOML the way people write fly.toml: scalars first, then
 * each table under its own {@code [header]} and each list of tables as {@code [[header]]} entries,
 * a blank line before every header, LF line ends.
 *
 * <p>Indentation: a table's keys sit two spaces deeper than its header; top-level headers start at
 * column 0, and a table inside an entry of a list of tables is indented under that entry's header
 * (so {@code [http_service.checks.headers]} sits inside {@code [[http_service.checks]]}).
 * A table holding only other tables gets no header of its own ({@code [checks.alive]} without
 * {@code [checks]}); an empty table keeps its header ({@code [build]}).
 */
public final class TomlEmitter {
  private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();

  private TomlEmitter() {}

  /** The TOML text of a document. */
  public static String write(Map<String, Object> document) {
    TomlEmitter emitter = new TomlEmitter();
    emitter.writeBody(List.of(), document, 0, false);
    return emitter.out.toString();
  }

  /** Writes the keys of one table, then its sub-tables; {@code depth} counts enclosing list entries. */
  private void writeBody(List<String> path, Map<String, Object> table, int depth, boolean isListEntry) {
    String indent = path.isEmpty() ? "" : INDENT.repeat(depth + 1);
    for (Map.Entry<String, Object> e : table.entrySet()) {
      if (!isTable(e.getValue()) && !isListOfTables(e.getValue())) {
        out.append(indent).append(key(e.getKey())).append(" = ").append(inline(e.getValue())).append('\n');
      }
    }
    int childDepth = depth + (isListEntry ? 1 : 0);
    for (Map.Entry<String, Object> e : table.entrySet()) {
      List<String> childPath = append(path, e.getKey());
      if (isTable(e.getValue())) {
        writeTable(childPath, asMap(e.getValue()), childDepth);
      } else if (isListOfTables(e.getValue())) {
        for (Object entry : (List<?>) e.getValue()) {
          header(childPath, childDepth, "[[", "]]");
          writeBody(childPath, asMap(entry), childDepth, true);
        }
      }
    }
  }

  private void writeTable(List<String> path, Map<String, Object> table, int depth) {
    boolean onlyTables = !table.isEmpty()
        && table.values().stream().allMatch(v -> isTable(v) || isListOfTables(v));
    if (!onlyTables) {
      header(path, depth, "[", "]");
    }
    writeBody(path, table, depth, false);
  }

  private void header(List<String> path, int depth, String open, String close) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(INDENT.repeat(depth)).append(open)
        .append(path.stream().map(TomlEmitter::key).collect(Collectors.joining(".")))
        .append(close).append('\n');
  }

  private static String inline(Object value) {
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof Double d) {
      if (d.isNaN()) {
        return "nan";
      }
      if (d.isInfinite()) {
        return d > 0 ? "inf" : "-inf";
      }
      return d.toString();
    }
    if (value instanceof Float f) {
      return inline(f.doubleValue());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(TomlEmitter::inline).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? "{}" : map.entrySet().stream()
          .map(e -> key(e.getKey().toString()) + " = " + inline(e.getValue()))
          .collect(Collectors.joining(", ", "{ ", " }"));
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as a TOML value");
  }

  private static String key(String key) {
    return BARE_KEY.matcher(key).matches() ? key : quote(key);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean isTable(Object value) {
    return value instanceof Map;
  }

  private static boolean isListOfTables(Object value) {
    return value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(v -> v instanceof Map);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static List<String> append(List<String> path, String key) {
    List<String> longer = new ArrayList<>(path);
    longer.add(key);
    return longer;
  }
}
