package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;

/**
 * One concern of a deployment. {@link #observe} reads the live state and says what would be done,
 * changing nothing; {@link #apply} does it. Apply always observes first, right before, so a
 * re-run after a failure acts on what is there now: that is what makes apply resumable.
 */
public interface Phase {
  StepKind kind();

  Step observe(DeployContext ctx);

  /** Carries out a mutating or {@code CHECK} step returned by {@link #observe}. */
  void apply(DeployContext ctx, Step step);

  default Step step(StepAction action, String target, String reason) {
    return Step.builder().kind(kind()).action(action).target(target).reason(reason).build();
  }
}
