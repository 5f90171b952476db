package dev.paperclipfly.deploy;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ordered steps that would bring one deployment to its target, read from the live state
 * without changing it. A plan whose steps are all {@code KEEP} or {@code CHECK} is a no-op.
 */
public final class DeploymentPlan {
  private final String appName;
  private final List<Step> steps;

  public DeploymentPlan(String appName, List<Step> steps) {
    this.appName = Objects.requireNonNull(appName, "appName");
    this.steps = List.copyOf(steps);
  }

  public String appName() {
    return appName;
  }

  public List<Step> steps() {
    return steps;
  }

  /** The steps that would change something. */
  public List<Step> mutatingSteps() {
    return steps.stream().filter(Step::mutates).toList();
  }

  /** Steps that need the user first (consent or a missing value); apply stops at the first one. */
  public List<Step> blockedSteps() {
    return steps.stream().filter(s -> s.action() == StepAction.BLOCKED).toList();
  }

  /** True when applying would change nothing. */
  public boolean isNoOp() {
    return mutatingSteps().isEmpty();
  }

  /** One line per step, for a terminal. */
  @Override
  public String toString() {
    return "Plan for " + appName + ":\n" + steps.stream().map(s -> "  " + s).collect(Collectors.joining("\n"));
  }
}
