package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.DeployException;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.paperclipfly.fly.model.MachineConfig;

/**
 * The Paperclip machine runs the wanted image and config, with the volume mounted by id. An update
 * happens under a lease, so two deployers never change one machine at once.
 */
public final class MachinePhase implements Phase {
  private static final Set<String> GONE = Set.of("destroyed", "destroying", "replaced", "migrated");

  @Override
  public StepKind kind() {
    return StepKind.MACHINE;
  }

  @Override
  public Step observe(DeployContext ctx) {
    if (!ctx.appExists) {
      ctx.machineWillChange = true;
      return step(StepAction.CREATE, "machine in " + ctx.target.region(), "no Paperclip machine yet");
    }
    List<FlyApi.MachineInfo> candidates = ctx.fly.machines(ctx.app()).stream()
        .filter(m -> !GONE.contains(m.state()))
        .filter(m -> m.config().metadata().getOrDefault("fly_process_group", "app").equals("app"))
        .toList();
    Optional<FlyApi.MachineInfo> current = candidates.stream()
        .filter(m -> ctx.volumeId.isPresent() && m.config().mounts().stream().findFirst()
            .flatMap(x -> x.volume()).equals(ctx.volumeId))
        .findFirst()
        .or(() -> candidates.stream().findFirst());
    if (current.isEmpty()) {
      ctx.machineWillChange = true;
      return step(StepAction.CREATE, "machine in " + ctx.target.region(), "no Paperclip machine yet");
    }
    FlyApi.MachineInfo m = current.get();
    ctx.machine = current;
    String others = candidates.size() > 1 ? " (" + (candidates.size() - 1) + " other machine(s) left as they are)" : "";
    List<String> diff = DesiredMachineConfig.differences(desired(ctx, Optional.of(m.config())), m.config());
    if (diff.isEmpty()) {
      return step(StepAction.KEEP, "machine " + m.id(), "runs " + ctx.target.image() + " with the wanted config" + others);
    }
    ctx.machineWillChange = true;
    String why = diff.contains("image")
        ? "image changes from " + m.config().image().orElse("(none)") + " to " + ctx.target.image()
        : "config differs in " + String.join(", ", diff);
    if (diff.equals(List.of("metadata")) && !ctx.secretsWillChange) {
      why = "the app's secrets changed since the machine was last updated";
    } else if (ctx.secretsWillChange) {
      why += "; secrets change";
    }
    return step(StepAction.UPDATE, "machine " + m.id(), why + others);
  }

  private static MachineConfig desired(DeployContext ctx, Optional<MachineConfig> existing) {
    String digest = ctx.secretsWillChange ? "(changing)" : DesiredMachineConfig.secretsDigest(ctx.secrets());
    return DesiredMachineConfig.of(ctx.target, existing, ctx.volumeId.orElse(""), digest);
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    // The machine must see the secrets set in this run, not an older version (0: none set now).
    long minSecrets = ctx.secretsVersion;
    if (ctx.machine.isEmpty()) {
      ctx.machine = Optional.of(ctx.fly.createMachine(ctx.app(), ctx.target.region(), desired(ctx, Optional.empty()),
          minSecrets));
      ctx.machineWillChange = false;
      return;
    }
    FlyApi.MachineInfo m = ctx.machine.get();
    try {
      ctx.machine = Optional.of(ctx.fly.updateMachineUnderLease(ctx.app(), m.id(), desired(ctx, Optional.of(m.config())),
          minSecrets));
      ctx.machineWillChange = false;
    } catch (ApiCallException e) {
      if (e.status() == 409 && e.operation().equals("Machines_create_lease")) {
        throw new DeployException(ctx.app(), Optional.of(step), "machine " + m.id() + " is leased by someone else ("
            + e.vendorMessage() + "): another deploy may be running; wait for it or for the lease to expire", e);
      }
      throw e;
    }
  }
}
