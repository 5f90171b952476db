package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The data volume exists in the region. An existing one is always kept: it holds PostgreSQL, the
 * config and Tailscale state. Nothing here ever deletes or recreates a volume.
 */
public final class VolumePhase implements Phase {
  private static final Set<String> GONE = Set.of("scheduling_destroy", "fork_cleanup", "waiting_for_detach",
      "pending_destroy", "destroying", "destroyed");

  @Override
  public StepKind kind() {
    return StepKind.VOLUME;
  }

  @Override
  public Step observe(DeployContext ctx) {
    String name = ctx.target.volumeName();
    String region = ctx.target.region();
    String target = "volume " + name + " in " + region;
    if (!ctx.appExists) {
      return step(StepAction.CREATE, target, "volume " + name + " missing in " + region);
    }
    List<FlyApi.VolumeInfo> named = ctx.fly.volumes(ctx.app()).stream()
        .filter(v -> v.name().equals(name) && !GONE.contains(v.state())).toList();
    Optional<FlyApi.VolumeInfo> here = named.stream().filter(v -> v.region().equals(region))
        // Prefer the one a machine uses: that is where the data is.
        .min(Comparator.comparing((FlyApi.VolumeInfo v) -> v.attachedMachineId().isEmpty()));
    if (here.isPresent()) {
      ctx.volumeId = Optional.of(here.get().id());
      return step(StepAction.KEEP, "volume " + here.get().id() + " (" + name + " in " + region + ")",
          "volume exists and is kept as it is");
    }
    if (!named.isEmpty()) {
      return step(StepAction.BLOCKED, target, "volume " + name + " exists in " + named.get(0).region() + ", not "
          + region + ": a volume cannot move and a new one would start empty; set region to "
          + named.get(0).region() + " or fork the volume into " + region + " with flyctl");
    }
    return step(StepAction.CREATE, target, "volume " + name + " missing in " + region);
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    FlyApi.VolumeInfo v = ctx.fly.createVolume(ctx.app(), ctx.target.volumeName(), ctx.target.region(),
        ctx.target.volumeSizeGb());
    ctx.volumeId = Optional.of(v.id());
  }
}
