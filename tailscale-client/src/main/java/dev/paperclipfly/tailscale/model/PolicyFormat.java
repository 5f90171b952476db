package dev.paperclipfly.tailscale.model;

/** How a policy file is written. */
public enum PolicyFormat {
  /** Plain JSON, {@code application/json}: comments are lost. */
  JSON("application/json"),
  /** HuJSON (JSON with comments and trailing commas), {@code application/hujson}: as edited in the console. */
  HUJSON("application/hujson");

  private final String mediaType;

  PolicyFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type sent as {@code Content-Type} and {@code Accept}. */
  public String mediaType() {
    return mediaType;
  }
}
