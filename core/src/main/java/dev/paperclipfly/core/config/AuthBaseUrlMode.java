package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** How Paperclip derives the base URL used for sign-in links and cookies ({@code auth.baseUrlMode}). */
public enum AuthBaseUrlMode implements PaperclipEnumValue {
  AUTO("auto"),
  EXPLICIT("explicit");

  private final String paperclipName;

  AuthBaseUrlMode(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
