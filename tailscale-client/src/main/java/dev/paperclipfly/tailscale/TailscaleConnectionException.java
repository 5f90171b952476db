package dev.paperclipfly.tailscale;

/**
 * The request never got an HTTP answer: connection refused or reset, timeout, TLS failure, or the
 * calling thread was interrupted. Idempotent calls have already been retried when this surfaces.
 */
public class TailscaleConnectionException extends TailscaleException {
  private static final long serialVersionUID = 1L;

  public TailscaleConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
