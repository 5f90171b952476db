package dev.paperclipfly.core.flytoml;

/**
 * A fly.toml that flyctl would not load: TOML syntax errors, or a value of the wrong shape. The
 * message names the place ({@code services[0].concurrency}, or line and column for syntax) and what
 * to write instead.
 */
public class FlyTomlParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String detail;

  /**
   * @param path dotted path of the offending field, empty for the whole document
   * @param message what is wrong and what to do
   */
  public FlyTomlParseException(String path, String message) {
    super(path.isEmpty() ? "fly.toml: " + message : "fly.toml: " + path + ": " + message);
    this.path = path;
    this.detail = message;
  }

  /** What is wrong and what to do, without the {@code fly.toml: path:} prefix of the message. */
  public String detail() {
    return detail;
  }

  /** Dotted path of the offending field ({@code http_service.internal_port}), empty for the whole document. */
  public String path() {
    return path;
  }
}
