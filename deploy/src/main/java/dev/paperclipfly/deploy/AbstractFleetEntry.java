package dev.paperclipfly.deploy;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** How one deployment of a fleet went. */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractFleetEntry {
  public abstract String appName();

  /** The result when the apply succeeded. */
  public abstract Optional<DeployResult> result();

  /** The failure when it did not; its message says which step and what to do. */
  public abstract Optional<DeployException> failure();

  public abstract Duration elapsed();

  public boolean succeeded() {
    return result().isPresent();
  }

  @Value.Check
  protected void check() {
    if (result().isPresent() == failure().isPresent()) {
      throw new IllegalStateException("a fleet entry has either a result or a failure");
    }
  }

  @Override
  public String toString() {
    return appName() + ": " + (succeeded()
        ? (result().get().changedAnything() ? "applied" : "unchanged") : "FAILED " + failure().get().getMessage())
        + " (" + elapsed().toMillis() + " ms)";
  }
}
