package dev.paperclipfly.fly.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to wait for and for how long. The API holds one wait for at most 60 seconds; the client repeats
 * the wait until the Machine gets there or {@link #timeout()} has passed.
 */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractWaitRequest {
  /** The state to wait for. */
  WaitState state();

  /** The whole time to wait, across repeated waits; default 60 seconds. */
  @Value.Default
  default Duration timeout() {
    return Duration.ofSeconds(60);
  }

  /** Wait for this Machine version (its {@code instance_id}) to reach the state. */
  Optional<String> version();

  /** Only events after this one count. */
  Optional<String> fromEventId();

  @Value.Check
  default void check() {
    if (timeout().isNegative() || timeout().isZero()) {
      throw new IllegalStateException("timeout must be positive, was " + timeout());
    }
  }
}
