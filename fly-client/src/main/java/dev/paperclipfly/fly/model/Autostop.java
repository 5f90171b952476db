package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What Fly's proxy does with a service's idle Machine. The API documents the strings {@code off},
 * {@code stop} and {@code suspend} but still answers with the older booleans for {@code off} and
 * {@code stop}; both are read, and only the strings are written.
 */
public enum Autostop {
  /** Never stop the Machine ({@code "off"} or {@code false}). */
  OFF("off"),
  /** Stop the idle Machine ({@code "stop"} or {@code true}). */
  STOP("stop"),
  /** Suspend the idle Machine, falling back to a stop when suspend is not possible. */
  SUSPEND("suspend");

  private final String wire;

  Autostop(String wire) {
    this.wire = wire;
  }

  /** The value the API expects. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /**
   * Reads the API's value, string or boolean.
   *
   * @throws IllegalArgumentException naming the accepted values when the value is none of them
   */
  @JsonCreator
  public static Autostop fromJson(Object value) {
    if (value instanceof Boolean b) {
      return b ? STOP : OFF;
    }
    String s = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "off":
      case "false":
        return OFF;
      case "stop":
      case "true":
        return STOP;
      case "suspend":
        return SUSPEND;
      default:
        throw new IllegalArgumentException(
            "autostop is \"" + value + "\": use \"off\", \"stop\" or \"suspend\"");
    }
  }
}
