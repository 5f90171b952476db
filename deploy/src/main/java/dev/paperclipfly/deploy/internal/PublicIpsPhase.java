package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.util.List;
import java.util.Optional;

/** The app has no public IP: Paperclip is reached over the tailnet only. */
public final class PublicIpsPhase implements Phase {
  @Override
  public StepKind kind() {
    return StepKind.PUBLIC_IPS;
  }

  static boolean isFlycast(String ip) {
    return ip.startsWith("fdaa:");
  }

  @Override
  public Step observe(DeployContext ctx) {
    String target = "public IPs of " + ctx.app();
    if (!ctx.appExists) {
      return step(StepAction.KEEP, target, "a new app has no public IPs");
    }
    List<String> ips = ctx.fly.ipAddresses(ctx.app());
    ctx.ips = Optional.of(ips);
    List<String> pub = ips.stream().filter(ip -> !isFlycast(ip)).toList();
    if (pub.isEmpty()) {
      return step(StepAction.KEEP, target, "no public IPs");
    }
    String why = "public IPs " + String.join(", ", pub) + " expose Paperclip to the internet";
    if (ctx.target.releasePublicIps()) {
      return step(StepAction.RELEASE, target, why);
    }
    return step(StepAction.BLOCKED, target, why + ": release them (flyctl ips release <ip>) or set"
        + " releasePublicIps(true)");
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    for (String ip : ctx.ips.orElse(List.of())) {
      if (!isFlycast(ip)) {
        try {
          ctx.fly.releaseIp(ctx.app(), ip);
        } catch (ApiCallException e) {
          if (!e.isNotFound()) {
            throw e;
          }
        }
      }
    }
  }
}
