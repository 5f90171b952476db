package dev.paperclipfly.templates.internal;

import dev.paperclipfly.templates.TemplateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small template language, so that what a file contains is visible in its template.
 *
 * <ul>
 *   <li>{@code {{name}}} inserts a string value. Values arrive already escaped for the target file
 *       (shell, TOML, JSON); the engine never escapes, so it cannot escape for the wrong target.
 *   <li>{@code {{#if name}} ... {{else}} ... {{/if}}} keeps one branch by a boolean value.
 *   <li>{@code {{#each name}} ... {{/each}}} repeats its body for every map in a list; names inside
 *       resolve in the item first, then outside.
 *   <li>{@code {{! comment }}} is dropped.
 * </ul>
 *
 * <p>A tag alone on its line (block tags and comments) takes the whole line with it, so templates read
 * like the files they render. An unknown name, a value of the wrong kind or an unbalanced block is a
 * {@link TemplateException} naming the template and line.
 */
public final class TemplateEngine {
  private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#/!]?)\\s*([^}]*?)\\s*}}");

  private TemplateEngine() {}

  /** Renders {@code template} (named {@code name} in error messages) with {@code values}. */
  public static String render(String name, String template, Map<String, ?> values) {
    List<Node> nodes = new Parser(name, template).parse();
    StringBuilder out = new StringBuilder(template.length() + 256);
    renderNodes(name, nodes, new Scope(values, null), out);
    return out.toString();
  }

  private static void renderNodes(String name, List<Node> nodes, Scope scope, StringBuilder out) {
    for (Node node : nodes) {
      if (node instanceof Text text) {
        out.append(text.text());
      } else if (node instanceof Value value) {
        Object v = scope.lookup(name, value.name(), value.line());
        if (!(v instanceof String s)) {
          throw new TemplateException(name, value.line(), "{{" + value.name() + "}} is not a string value");
        }
        out.append(s);
      } else if (node instanceof If block) {
        Object v = scope.lookup(name, block.name(), block.line());
        if (!(v instanceof Boolean b)) {
          throw new TemplateException(name, block.line(), "{{#if " + block.name() + "}} needs a boolean value");
        }
        renderNodes(name, b ? block.then() : block.otherwise(), scope, out);
      } else if (node instanceof Each block) {
        Object v = scope.lookup(name, block.name(), block.line());
        if (!(v instanceof List<?> items)) {
          throw new TemplateException(name, block.line(), "{{#each " + block.name() + "}} needs a list value");
        }
        for (Object item : items) {
          if (!(item instanceof Map<?, ?> map)) {
            throw new TemplateException(name, block.line(), "{{#each " + block.name() + "}} items must be maps");
          }
          renderNodes(name, block.body(), new Scope(map, scope), out);
        }
      }
    }
  }

  private sealed interface Node permits Text, Value, If, Each {}

  private record Text(String text) implements Node {}

  private record Value(String name, int line) implements Node {}

  private record If(String name, int line, List<Node> then, List<Node> otherwise) implements Node {}

  private record Each(String name, int line, List<Node> body) implements Node {}

  private record Scope(Map<?, ?> values, Scope parent) {
    Object lookup(String template, String key, int line) {
      for (Scope s = this; s != null; s = s.parent) {
        if (s.values.containsKey(key)) {
          return s.values.get(key);
        }
      }
      throw new TemplateException(template, line, "unknown placeholder {{" + key + "}}");
    }
  }

  /** Recursive-descent parser over the tag stream; tracks line numbers for error messages. */
  private static final class Parser {
    private final String name;
    private final String text;
    private final Matcher matcher;
    private int pos;
    private int closingLine;
    private final int[] lineStarts;

    Parser(String name, String text) {
      this.name = name;
      this.text = text;
      this.matcher = TAG.matcher(text);
      this.lineStarts = lineStartsOf(text);
    }

    private static int[] lineStartsOf(String text) {
      int[] starts = new int[16];
      int n = 0;
      starts[n++] = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      return Arrays.copyOf(starts, n);
    }

    List<Node> parse() {
      List<Node> nodes = new ArrayList<>();
      String end = parseInto(nodes, null);
      if (end != null) {
        throw new TemplateException(name, closingLine, "{{" + end + "}} without an opening block");
      }
      return nodes;
    }

    /** Parses until a closing tag; returns that tag ("/if", "else", "/each") or null at end of text. */
    private String parseInto(List<Node> nodes, String openedAt) {
      while (matcher.find(pos)) {
        int start = matcher.start();
        int end = matcher.end();
        String sigil = matcher.group(1);
        String body = matcher.group(2);
        int line = lineAt(start);
        boolean block = !sigil.isEmpty() || body.equals("else");
        int[] span = block ? standaloneSpan(start, end) : new int[] {start, end};
        nodes.add(new Text(text.substring(pos, span[0])));
        pos = span[1];
        switch (sigil) {
          case "!" -> { }
          case "#" -> nodes.add(parseBlock(body, line));
          case "/" -> {
            closingLine = line;
            return "/" + body;
          }
          default -> {
            if (body.equals("else")) {
              closingLine = line;
              return "else";
            }
            requireName(body, line);
            nodes.add(new Value(body, line));
          }
        }
      }
      nodes.add(new Text(text.substring(pos)));
      pos = text.length();
      if (openedAt != null) {
        throw new TemplateException(name, lineAt(text.length()), "{{#" + openedAt + "}} is never closed");
      }
      return null;
    }

    private Node parseBlock(String body, int line) {
      String[] parts = body.split("\\s+", 2);
      if (parts.length != 2 || !(parts[0].equals("if") || parts[0].equals("each"))) {
        throw new TemplateException(name, line, "unknown block {{#" + body + "}}: use #if or #each");
      }
      String key = parts[1];
      requireName(key, line);
      List<Node> first = new ArrayList<>();
      String end = parseInto(first, body);
      if (parts[0].equals("each")) {
        if (!"/each".equals(end)) {
          throw new TemplateException(name, line, "{{#each " + key + "}} must end with {{/each}}");
        }
        return new Each(key, line, first);
      }
      List<Node> second = new ArrayList<>();
      if ("else".equals(end)) {
        end = parseInto(second, body);
      }
      if (!"/if".equals(end)) {
        throw new TemplateException(name, line, "{{#if " + key + "}} must end with {{/if}}");
      }
      return new If(key, line, first, second);
    }

    private void requireName(String key, int line) {
      if (!key.matches("[A-Za-z][A-Za-z0-9_]*")) {
        throw new TemplateException(name, line, "bad placeholder name '" + key + "'");
      }
    }

    /** The tag's span, widened to the whole line when nothing but blanks share the line with it. */
    private int[] standaloneSpan(int start, int end) {
      int lineStart = text.lastIndexOf('\n', start - 1) + 1;
      int lineEnd = text.indexOf('\n', end);
      boolean blankBefore = text.substring(lineStart, start).isBlank();
      boolean blankAfter = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
      if (blankBefore && blankAfter && lineStart >= pos) {
        return new int[] {lineStart, lineEnd < 0 ? text.length() : lineEnd + 1};
      }
      return new int[] {start, end};
    }

    private int lineAt(int offset) {
      int found = Arrays.binarySearch(lineStarts, offset);
      return found >= 0 ? found + 1 : -found - 1;
    }
  }
}
