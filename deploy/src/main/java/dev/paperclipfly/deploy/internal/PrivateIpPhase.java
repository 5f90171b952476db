package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.util.List;

/** The app has a private Flycast IPv6, so Fly's proxy routes to it on the private network only. */
public final class PrivateIpPhase implements Phase {
  @Override
  public StepKind kind() {
    return StepKind.PRIVATE_IP;
  }

  @Override
  public Step observe(DeployContext ctx) {
    String target = "Flycast IPv6 of " + ctx.app();
    if (!ctx.appExists) {
      return step(StepAction.CREATE, target, "a new app needs a private Flycast IPv6 (private_v6)");
    }
    List<String> ips = ctx.ips.orElseGet(() -> ctx.fly.ipAddresses(ctx.app()));
    return ips.stream().filter(PublicIpsPhase::isFlycast).findFirst()
        .map(ip -> step(StepAction.KEEP, target, "Flycast address " + ip + " assigned"))
        .orElseGet(() -> step(StepAction.CREATE, target, "no private Flycast IPv6 assigned"));
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    ctx.fly.allocatePrivateIpv6(ctx.app(), ctx.appNetwork);
  }
}
