package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** The LLM provider Paperclip's own checks use ({@code llm.provider}). */
public enum LlmProvider implements PaperclipEnumValue {
  CLAUDE("claude"),
  OPENAI("openai");

  private final String paperclipName;

  LlmProvider(String paperclipName) {
    this.paperclipName = paperclipName;
  }

  @JsonValue
  @Override
  public String paperclipName() {
    return paperclipName;
  }
}
