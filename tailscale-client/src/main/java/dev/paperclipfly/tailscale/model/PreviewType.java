package dev.paperclipfly.tailscale.model;

/** What a policy preview's {@code previewFor} names. */
public enum PreviewType {
  /** A user's login name, e.g. {@code user1@example.com}. */
  USER("user"),
  /** An address and port, e.g. {@code 100.64.0.1:443}. */
  IPPORT("ipport");

  private final String wire;

  PreviewType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
