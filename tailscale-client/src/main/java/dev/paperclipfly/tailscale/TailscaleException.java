package dev.paperclipfly.tailscale;

/**
 * Base of every exception this client throws. Unchecked: callers catch the subtype they can act on.
 * Messages never contain a token, a client secret or an auth key.
 */
public class TailscaleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TailscaleException(String message) {
    super(message);
  }

  public TailscaleException(String message, Throwable cause) {
    super(message, cause);
  }
}
