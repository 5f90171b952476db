package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.DeployException;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Paperclip machine runs the wanted image and config, with the volume mounted by id. An update
 * happens under a lease, so two deployers never change one machine at once.
 */
public final class MachinePhase implements Phase {
  private static final Set<String> GONE = Set.of("destroyed", "destroying", "replaced", "migrated");
  private static final Duration LEASE_TTL = Duration.ofSeconds(120);

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
        .filter(m -> m.config().path("metadata").path("fly_process_group").asString("app").equals("app"))
        .toList();
    Optional<FlyApi.MachineInfo> current = candidates.stream()
        .filter(m -> ctx.volumeId.map(v -> v.equals(m.config().path("mounts").path(0).path("volume").asString(""))).orElse(false))
        .findFirst()
        .or(() -> candidates.stream().findFirst());
    if (current.isEmpty()) {
      ctx.machineWillChange = true;
      return step(StepAction.CREATE, "machine in " + ctx.target.region(), "no Paperclip machine yet");
    }
    FlyApi.MachineInfo m = current.get();
    ctx.machine = current;
    String others = candidates.size() > 1 ? " (" + (candidates.size() - 1) + " other machine(s) left as they are)" : "";
    List<String> diff = MachineConfigMapper.differences(desired(ctx, m.config()), m.config());
    if (diff.isEmpty()) {
      return step(StepAction.KEEP, "machine " + m.id(), "runs " + ctx.target.image() + " with the wanted config" + others);
    }
    ctx.machineWillChange = true;
    String why = diff.contains("image")
        ? "image changes from " + m.config().path("image").asString("(none)") + " to " + ctx.target.image()
        : "config differs in " + String.join(", ", diff);
    if (diff.equals(List.of("metadata")) && !ctx.secretsWillChange) {
      why = "the app's secrets changed since the machine was last updated";
    } else if (ctx.secretsWillChange) {
      why += "; secrets change";
    }
    return step(StepAction.UPDATE, "machine " + m.id(), why + others);
  }

  private static ObjectNode desired(DeployContext ctx, ObjectNode existing) {
    String digest = ctx.secretsWillChange ? "(changing)" : MachineConfigMapper.secretsDigest(ctx.secrets());
    return MachineConfigMapper.desired(ctx.target, existing, ctx.volumeId.orElse(""), digest);
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    ObjectNode request = JsonHttp.JSON.createObjectNode();
    if (ctx.secretsVersion > 0) {
      // The machine must see the secrets set in this run, not an older version.
      request.put("min_secrets_version", ctx.secretsVersion);
    }
    if (ctx.machine.isEmpty()) {
      request.set("config", desired(ctx, JsonHttp.JSON.createObjectNode()));
      request.put("region", ctx.target.region());
      ctx.machine = Optional.of(ctx.fly.createMachine(ctx.app(), request));
      ctx.machineWillChange = false;
      return;
    }
    FlyApi.MachineInfo m = ctx.machine.get();
    request.set("config", desired(ctx, m.config()));
    String nonce;
    try {
      nonce = ctx.fly.acquireLease(ctx.app(), m.id(), LEASE_TTL, "paperclip-fly deploy");
    } catch (ApiCallException e) {
      if (e.status() == 409) {
        throw new DeployException(ctx.app(), Optional.of(step), "machine " + m.id() + " is leased by someone else ("
            + e.vendorMessage() + "): another deploy may be running; wait for it or for the lease to expire", e);
      }
      throw e;
    }
    try {
      ctx.machine = Optional.of(ctx.fly.updateMachine(ctx.app(), m.id(), request, nonce));
      ctx.machineWillChange = false;
    } finally {
      try {
        ctx.fly.releaseLease(ctx.app(), m.id(), nonce);
      } catch (ApiCallException e) {
        // The lease expires on its own after its TTL; the update itself is what matters.
      }
    }
  }
}
