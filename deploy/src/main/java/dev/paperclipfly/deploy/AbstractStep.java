package dev.paperclipfly.deploy;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import org.immutables.value.Value;

/**
 * One step of a {@link DeploymentPlan}: what it is about, what it would do to which target, and
 * why, e.g. {@code VOLUME CREATE paperclip_data in sjc: volume paperclip_data missing in sjc}.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractStep {
  public abstract StepKind kind();

  public abstract StepAction action();

  /** What the step acts on, e.g. {@code app acme-paperclip} or {@code volume paperclip_data in sjc}. */
  public abstract String target();

  /** Why, in a sentence a user can act on. */
  public abstract String reason();

  /** Whether applying this step changes anything. */
  public boolean mutates() {
    return action().mutates();
  }

  @Override
  public String toString() {
    return kind() + " " + action() + " " + target() + ": " + reason();
  }
}
