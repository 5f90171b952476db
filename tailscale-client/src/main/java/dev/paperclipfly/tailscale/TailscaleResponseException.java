package dev.paperclipfly.tailscale;

/**
 * The API answered with a success status but a body this client cannot read (malformed JSON, or a
 * field of an unexpected type). The message names the call and the field; it does not echo the body,
 * which may hold a freshly created key.
 */
public class TailscaleResponseException extends TailscaleException {
  private static final long serialVersionUID = 1L;

  public TailscaleResponseException(String message, Throwable cause) {
    super(message, cause);
  }

  public TailscaleResponseException(String message) {
    super(message);
  }
}
