package dev.paperclipfly.fly;

/**
 * Anything that went wrong talking to the Fly Machines API. Unchecked; the subclasses say what:
 * {@link FlyApiException} when the API answered with an error, {@link FlyConnectionException} when no
 * answer came. Messages never contain the API token.
 */
public abstract class FlyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected FlyException(String message, Throwable cause) {
    super(message, cause);
  }
}
