package dev.paperclipfly.tailscale.internal;

import dev.paperclipfly.core.Secret;

/** Supplies the bearer token of each request. */
public interface AccessTokenSource {
  /** The token to send now. */
  Secret token();

  /**
   * Forgets the current token after the API refused it (401).
   *
   * @return true when a new token can be obtained, so the refused call is worth one more try
   */
  boolean invalidate();

  /** A fixed API access token; nothing to refresh. */
  static AccessTokenSource fixed(Secret token) {
    return new AccessTokenSource() {
      @Override
      public Secret token() {
        return token;
      }

      @Override
      public boolean invalidate() {
        return false;
      }

      @Override
      public String toString() {
        return "fixed token " + token;
      }
    };
  }
}
