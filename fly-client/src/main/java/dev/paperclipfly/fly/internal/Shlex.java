package dev.paperclipfly.fly.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way flyctl does for {@code [processes]} (POSIX-shell-like:
 * whitespace separates, single and double quotes group, backslash escapes). Internal.
 */
public final class Shlex {
  private Shlex() {}

  /**
   * @throws IllegalArgumentException when a quote is not closed or the line ends in a backslash
   */
  public static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '\\') {
        if (i + 1 >= line.length()) {
          throw new IllegalArgumentException("command ends with a backslash: " + line);
        }
        word.append(line.charAt(++i));
        inWord = true;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("command has an unclosed " + quote + " quote: " + line);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
