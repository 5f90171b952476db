package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where Paperclip keeps the secrets it manages ({@code secrets.provider}). */
public enum SecretProvider implements PaperclipEnumValue {
  LOCAL_ENCRYPTED("local_encrypted"),
  AWS_SECRETS_MANAGER("aws_secrets_manager"),
  GCP_SECRET_MANAGER("gcp_secret_manager"),
  VAULT("vault");

  private final String paperclipName;

  SecretProvider(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
