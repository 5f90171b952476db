package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where Paperclip writes its logs ({@code logging.mode}). */
public enum LoggingMode implements PaperclipEnumValue {
  FILE("file"),
  CLOUD("cloud");

  private final String paperclipName;

  LoggingMode(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
