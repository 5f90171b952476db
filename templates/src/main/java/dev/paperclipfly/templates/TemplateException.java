package dev.paperclipfly.templates;

/**
 * A template (built-in or a user's override) could not be rendered: an unknown placeholder, a value
 * of the wrong kind, or an unbalanced block. The message names the template and line.
 */
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code template} at {@code line}. */
  public TemplateException(String template, int line, String message) {
    super(template + ":" + line + ": " + message);
  }
}
