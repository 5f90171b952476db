package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.DeployException;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The machine reaches {@code started}: waited for after a create or update, started if stopped. */
public final class MachineStartedPhase implements Phase {
  private static final Set<String> STOPPED = Set.of("stopped", "suspended", "failed");

  @Override
  public StepKind kind() {
    return StepKind.MACHINE_STARTED;
  }

  @Override
  public Step observe(DeployContext ctx) {
    if (ctx.machine.isEmpty() || (ctx.dryRun && ctx.machineWillChange)) {
      return step(StepAction.CHECK, "machine of " + ctx.app(), "wait until the machine is started");
    }
    FlyApi.MachineInfo m = ctx.machine.get();
    String target = "machine " + m.id();
    if (m.state().equals("started")) {
      ctx.machineStarted = true;
      return step(StepAction.KEEP, target, "started");
    }
    if (STOPPED.contains(m.state())) {
      return step(StepAction.START, target, "machine is " + m.state());
    }
    return step(StepAction.CHECK, target, "machine is " + m.state() + ": wait until started");
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    FlyApi.MachineInfo m = ctx.machine.orElseThrow();
    if (step.action() == StepAction.START) {
      ctx.fly.startMachine(ctx.app(), m.id());
    }
    Instant deadline = ctx.clock.instant().plus(ctx.target.bootTimeout());
    while (true) {
      Duration left = Duration.between(ctx.clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new DeployException(ctx.app(), Optional.of(step), "machine " + m.id() + " did not reach started within "
            + ctx.target.bootTimeout() + ": see flyctl logs -a " + ctx.app() + " and flyctl machine status " + m.id(), null);
      }
      if (ctx.fly.waitFor(ctx.app(), m.id(), "started", left.compareTo(Duration.ofSeconds(60)) > 0
          ? Duration.ofSeconds(60) : left)) {
        ctx.machineStarted = true;
        return;
      }
    }
  }
}
