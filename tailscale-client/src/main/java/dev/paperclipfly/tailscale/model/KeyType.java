package dev.paperclipfly.tailscale.model;

import java.util.Locale;

/** The kind of a key listed under {@code /tailnet/{t}/keys}. */
public enum KeyType {
  /** An auth key, {@code tskey-auth-...}: joins a device to the tailnet. */
  AUTH,
  /** An OAuth client. */
  CLIENT,
  /** An API access token (personal, or issued to an OAuth client or federated identity). */
  API,
  /** A federated identity. */
  FEDERATED,
  /** A type this client does not know yet. */
  UNKNOWN;

  /** The wire value ({@code "auth"}, ...) to its constant; unknown values map to {@link #UNKNOWN}. */
  public static KeyType fromWire(String value) {
    for (KeyType t : values()) {
      if (t != UNKNOWN && t.name().equalsIgnoreCase(value)) {
        return t;
      }
    }
    return UNKNOWN;
  }

  /** The wire value. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
