package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where Paperclip stores uploaded files ({@code storage.provider}). */
public enum StorageProvider implements PaperclipEnumValue {
  LOCAL_DISK("local_disk"),
  S3("s3");

  private final String paperclipName;

  StorageProvider(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
