package dev.paperclipfly.tailscale.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;

/**
 * When a failed call may be sent again.
 *
 * <p>The Tailscale API has no idempotency keys, so a create (POST /keys) that timed out or got a 500
 * may already have happened: repeating it could mint a second auth key. Such calls are repeated only
 * when the failure proves the server did not act on them.
 */
public enum RetrySafety {
  /** Reads, deletes and "set to this value" writes: repeat on 429, 5xx and connection failures. */
  IDEMPOTENT,
  /**
   * Creates and compare-and-set writes: repeat only on 429 (refused before processing) and on a
   * connection that was never established; a 5xx, reset or timeout may hide a success and is surfaced.
   */
  ONLY_IF_NOT_PROCESSED;

  boolean retriesStatus(int status) {
    if (status == 429) {
      return true;
    }
    return this == IDEMPOTENT && (status == 500 || status == 502 || status == 503 || status == 504);
  }

  boolean retriesConnectionFailure(IOException e) {
    if (this == IDEMPOTENT) {
      return true;
    }
    return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
  }
}
