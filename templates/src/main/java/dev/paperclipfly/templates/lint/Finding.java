package dev.paperclipfly.templates.lint;

/**
 * One rule a bundle violates, and where.
 *
 * @param ruleId the rule, e.g. {@code PFLY004}
 * @param file the file, relative to the bundle directory, e.g. {@code docker/start.sh}
 * @param line 1-based line number, or 0 when the problem is the file as a whole (something missing)
 * @param message what is wrong
 * @param fix what to do about it
 */
public record Finding(String ruleId, String file, int line, String message, String fix) {
  /** {@code file:line: ID message (fix: ...)}. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + ruleId + " " + message + " (fix: " + fix + ")";
  }
}
