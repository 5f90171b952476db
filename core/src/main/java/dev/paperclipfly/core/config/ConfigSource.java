package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which Paperclip command last wrote the file ({@code $meta.source}). */
public enum ConfigSource implements PaperclipEnumValue {
  ONBOARD("onboard"),
  CONFIGURE("configure"),
  DOCTOR("doctor");

  private final String paperclipName;

  ConfigSource(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
