package dev.paperclipfly.deploy;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** Progress of an apply, for a UI or a log. Never carries a secret. */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractDeployEvent {
  /** What happened. */
  public enum Type {
    STEP_STARTED,
    STEP_FINISHED,
    STEP_FAILED,
    /** A call was refused (429) or failed in a way safe to repeat, and is being repeated. */
    RETRYING,
    APPLY_FINISHED
  }

  public abstract String appName();

  public abstract Type type();

  public abstract Optional<Step> step();

  public abstract String message();

  public abstract Instant at();

  @Override
  public String toString() {
    return at() + " " + appName() + " " + type() + step().map(s -> " " + s.kind() + " " + s.action()).orElse("")
        + (message().isEmpty() ? "" : ": " + message());
  }
}
