package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an authenticated deployment is reachable privately or publicly ({@code server.exposure}). */
public enum DeploymentExposure implements PaperclipEnumValue {
  PRIVATE("private"),
  PUBLIC("public");

  private final String paperclipName;

  DeploymentExposure(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
