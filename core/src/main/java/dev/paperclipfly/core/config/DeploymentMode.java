package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether Paperclip trusts every local request or requires sign-in ({@code server.deploymentMode}). */
public enum DeploymentMode implements PaperclipEnumValue {
  LOCAL_TRUSTED("local_trusted"),
  AUTHENTICATED("authenticated");

  private final String paperclipName;

  DeploymentMode(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
