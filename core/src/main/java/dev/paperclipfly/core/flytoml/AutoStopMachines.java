package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code auto_stop_machines}: what Fly's proxy does with idle Machines. Files write it as
 * {@code "off"}, {@code "stop"}, {@code "suspend"} or, in the older form, a boolean
 * ({@code true} means stop, {@code false} means off). The written form is kept for round trips;
 * {@link #equals} compares it, {@link #mode()} compares the meaning.
 */
public final class AutoStopMachines extends TomlScalar {
  /** What happens to an idle Machine. */
  public enum Mode {
    /** Machines keep running. */
    OFF,
    /** Idle Machines are stopped and started again on demand. */
    STOP,
    /** Idle Machines are suspended (memory snapshot) and resumed on demand. */
    SUSPEND
  }

  /** {@code "off"}. */
  public static final AutoStopMachines OFF = new AutoStopMachines(Mode.OFF, "off");
  /** {@code "stop"}. */
  public static final AutoStopMachines STOP = new AutoStopMachines(Mode.STOP, "stop");
  /** {@code "suspend"}. */
  public static final AutoStopMachines SUSPEND = new AutoStopMachines(Mode.SUSPEND, "suspend");

  private final Mode mode;

  private AutoStopMachines(Mode mode, Object written) {
    super(written);
    this.mode = mode;
  }

  /**
   * Reads {@code off}, {@code stop} or {@code suspend}.
   *
   * @throws IllegalArgumentException naming the accepted values otherwise
   */
  public static AutoStopMachines parse(String text) {
    Objects.requireNonNull(text, "text");
    return switch (text) {
      case "off" -> OFF;
      case "stop" -> STOP;
      case "suspend" -> SUSPEND;
      default -> throw new IllegalArgumentException("auto_stop_machines is \"" + text
          + "\": use \"off\", \"stop\" or \"suspend\" (or true for stop, false for off)");
    };
  }

  /** The older boolean form: {@code true} means stop, {@code false} means off; written back as a boolean. */
  public static AutoStopMachines fromBoolean(boolean stop) {
    return new AutoStopMachines(stop ? Mode.STOP : Mode.OFF, stop);
  }

  /** The given mode, written as its lower-case name. */
  public static AutoStopMachines of(Mode mode) {
    return parse(mode.name().toLowerCase(Locale.ROOT));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AutoStopMachines fromToml(Object value) {
    if (value instanceof Boolean b) {
      return fromBoolean(b);
    }
    if (value instanceof String s) {
      return parse(s);
    }
    throw new IllegalArgumentException("auto_stop_machines must be \"off\", \"stop\", \"suspend\", true or false");
  }

  /** What the proxy does with idle Machines. */
  public Mode mode() {
    return mode;
  }
}
