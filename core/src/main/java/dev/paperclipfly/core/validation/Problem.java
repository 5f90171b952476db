package dev.paperclipfly.core.validation;

import java.util.Objects;

/**
 * One thing wrong with a document: where ({@code database.connectionString}), how bad, and a sentence
 * the user can act on.
 *
 * @param path dotted path of the field, with {@code [i]} for list elements; empty for the whole document
 * @param severity error or warning
 * @param message what is wrong and what to do about it
 */
public record Problem(String path, Severity severity, String message) {
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(String path, String message) {
    return new Problem(path, Severity.ERROR, message);
  }

  public static Problem warning(String path, String message) {
    return new Problem(path, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The path, or {@code (document)} when the problem is the document as a whole. */
  public String location() {
    return path.isEmpty() ? "(document)" : path;
  }

  /** {@code path: message}, or {@code warning: path: message} for warnings. */
  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "warning: " : "") + location() + ": " + message;
  }
}
