package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where Paperclip's PostgreSQL comes from ({@code database.mode}). */
public enum DatabaseMode implements PaperclipEnumValue {
  EMBEDDED_POSTGRES("embedded-postgres"),
  POSTGRES("postgres");

  private final String paperclipName;

  DatabaseMode(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
