package dev.paperclipfly.fly.model;

import java.util.Locale;

/** A state the {@code wait} endpoint can wait for. */
public enum WaitState {
  STARTED,
  STOPPED,
  SUSPENDED,
  DESTROYED,
  FAILED,
  /** Any state the Machine stays in without further action. */
  SETTLED;

  /** The API's spelling. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
