package dev.paperclipfly.fly;

/**
 * No usable answer came from the API: the connection failed or was reset, or the answer took longer
 * than the request timeout. Whether the server acted on the request is unknown unless
 * {@link #requestSent()} is false.
 */
public final class FlyConnectionException extends FlyException {
  private static final long serialVersionUID = 1L;

  private final boolean requestSent;
  private final boolean timedOut;

  public FlyConnectionException(String message, boolean requestSent, boolean timedOut, Throwable cause) {
    super(message, cause);
    this.requestSent = requestSent;
    this.timedOut = timedOut;
  }

  /** False when the connection could not even be opened, so the server certainly did nothing. */
  public boolean requestSent() {
    return requestSent;
  }

  /** True when the request timeout ran out before the answer came. */
  public boolean timedOut() {
    return timedOut;
  }
}
