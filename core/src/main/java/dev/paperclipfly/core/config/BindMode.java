package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which interface the server listens on ({@code server.bind}). */
public enum BindMode implements PaperclipEnumValue {
  LOOPBACK("loopback"),
  LAN("lan"),
  TAILNET("tailnet"),
  CUSTOM("custom");

  private final String paperclipName;

  BindMode(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
