package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.DeployEvent;
import dev.paperclipfly.deploy.DeployException;
import dev.paperclipfly.deploy.DeployResult;
import dev.paperclipfly.deploy.DeploymentPlan;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs the phases in order: observing only (plan), or observing and acting (apply). */
public final class DeployRunner {
  private final Consumer<DeployEvent> listener;

  public DeployRunner(Consumer<DeployEvent> listener) {
    this.listener = listener;
  }

  static List<Phase> phases() {
    return List.of(new AppPhase(), new PublicIpsPhase(), new PrivateIpPhase(), new VolumePhase(),
        new TailnetSettingsPhase(), new TailnetDnsPhase(), new AuthKeyPhase(), new SecretsPhase(), new MachinePhase(),
        new MachineStartedPhase(), new HealthPhase(), new AdminInvitePhase());
  }

  public DeploymentPlan plan(DeployContext ctx) {
    List<Step> steps = new ArrayList<>();
    for (Phase p : phases()) {
      steps.add(observe(ctx, p));
    }
    return new DeploymentPlan(ctx.app(), steps);
  }

  public DeployResult apply(DeployContext ctx) {
    List<Step> steps = new ArrayList<>();
    for (Phase p : phases()) {
      Step s = observe(ctx, p);
      emit(ctx, DeployEvent.Type.STEP_STARTED, Optional.of(s), s.reason());
      if (s.action() == StepAction.BLOCKED) {
        emit(ctx, DeployEvent.Type.STEP_FAILED, Optional.of(s), s.reason());
        throw new DeployException(ctx.app(), Optional.of(s), s.reason(), null);
      }
      if (s.mutates() || s.action() == StepAction.CHECK) {
        try {
          p.apply(ctx, s);
        } catch (DeployException e) {
          emit(ctx, DeployEvent.Type.STEP_FAILED, Optional.of(s), e.getMessage());
          throw e;
        } catch (ApiCallException e) {
          emit(ctx, DeployEvent.Type.STEP_FAILED, Optional.of(s), e.getMessage());
          throw new DeployException(ctx.app(), Optional.of(s), e.getMessage()
              + ". Nothing was undone; run apply again to continue from here", e);
        }
      }
      emit(ctx, DeployEvent.Type.STEP_FINISHED, Optional.of(s), "");
      steps.add(s);
    }
    emit(ctx, DeployEvent.Type.APPLY_FINISHED, Optional.empty(), steps.stream().anyMatch(Step::mutates)
        ? "changes applied" : "nothing to change");
    return DeployResult.builder()
        .appName(ctx.app())
        .steps(steps)
        .machineId(ctx.machine.map(FlyApi.MachineInfo::id))
        .tailnetUrl(ctx.tailnetDns.map(d -> "https://" + ctx.app() + "." + d))
        .adminInvite(ctx.invite)
        .build();
  }

  private Step observe(DeployContext ctx, Phase p) {
    try {
      return p.observe(ctx);
    } catch (ApiCallException e) {
      throw new DeployException(ctx.app(), Optional.empty(), "reading the state for " + p.kind() + " failed: "
          + e.getMessage(), e);
    }
  }

  /** Reports that a call is being repeated after {@code wait}. */
  public void retrying(String app, java.time.Instant at, java.time.Duration wait) {
    try {
      listener.accept(DeployEvent.builder().appName(app).type(DeployEvent.Type.RETRYING)
          .message("a call was refused or failed; repeating it after " + wait.toMillis() + " ms").at(at).build());
    } catch (RuntimeException e) {
      // A failing progress display must not break a deployment.
    }
  }

  void emit(DeployContext ctx, DeployEvent.Type type, Optional<Step> step, String message) {
    try {
      listener.accept(DeployEvent.builder().appName(ctx.app()).type(type).step(step).message(message)
          .at(ctx.clock.instant()).build());
    } catch (RuntimeException e) {
      // A failing progress display must not break a deployment.
    }
  }
}
