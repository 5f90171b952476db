package dev.paperclipfly.templates.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One file of the bundle being linted, with line-oriented search that skips {@code #} comments. */
record SourceFile(String name, String text) {

  /** A logical line: continuation lines ending in a backslash joined, with the first line's number. */
  record Line(int number, String text) {}

  List<String> rawLines() {
    return List.of(text.split("\n", -1));
  }

  /** Physical lines that are not {@code #} comments. */
  List<Line> codeLines() {
    List<Line> out = new ArrayList<>();
    List<String> raw = rawLines();
    for (int i = 0; i < raw.size(); i++) {
      if (!raw.get(i).stripLeading().startsWith("#")) {
        out.add(new Line(i + 1, raw.get(i)));
      }
    }
    return out;
  }

  /** Code lines with backslash continuations joined (Dockerfile RUN/ENV, long shell commands). */
  List<Line> logicalLines() {
    List<Line> out = new ArrayList<>();
    StringBuilder current = null;
    int start = 0;
    for (Line line : codeLines()) {
      if (current == null) {
        current = new StringBuilder();
        start = line.number();
      }
      String t = line.text();
      if (t.endsWith("\\")) {
        current.append(t, 0, t.length() - 1).append(' ');
      } else {
        current.append(t);
        out.add(new Line(start, current.toString()));
        current = null;
      }
    }
    if (current != null) {
      out.add(new Line(start, current.toString()));
    }
    return out;
  }

  /** Code lines where {@code pattern} finds a match. */
  List<Line> find(Pattern pattern) {
    return codeLines().stream().filter(l -> pattern.matcher(l.text()).find()).toList();
  }

  boolean contains(Pattern pattern) {
    return !find(pattern).isEmpty();
  }

  /** First line (code or not) where {@code pattern} finds a match; 0 when none. */
  int lineOf(Pattern pattern) {
    List<String> raw = rawLines();
    for (int i = 0; i < raw.size(); i++) {
      if (pattern.matcher(raw.get(i)).find()) {
        return i + 1;
      }
    }
    return 0;
  }
}
