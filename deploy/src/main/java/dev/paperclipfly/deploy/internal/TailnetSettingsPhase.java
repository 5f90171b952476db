package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTPS certificates and MagicDNS are on for the tailnet: {@code tailscale serve --https} needs both
 * and otherwise prints an enablement URL and gives up inside the machine.
 */
public final class TailnetSettingsPhase implements Phase {
  @Override
  public StepKind kind() {
    return StepKind.TAILNET_SETTINGS;
  }

  @Override
  public Step observe(DeployContext ctx) {
    ctx.httpsOff = !ctx.tailnet.httpsEnabled();
    ctx.magicDnsOff = !ctx.tailnet.magicDnsEnabled();
    List<String> off = new ArrayList<>();
    if (ctx.magicDnsOff) {
      off.add("MagicDNS");
    }
    if (ctx.httpsOff) {
      off.add("HTTPS certificates");
    }
    String target = "tailnet settings";
    if (off.isEmpty()) {
      return step(StepAction.KEEP, target, "MagicDNS and HTTPS certificates are on");
    }
    String what = String.join(" and ", off) + (off.size() > 1 ? " are" : " is") + " off";
    if (ctx.target.allowTailnetSettingsChanges()) {
      return step(StepAction.UPDATE, target, what + ": turning on, as allowed, for tailscale serve --https");
    }
    return step(StepAction.BLOCKED, target, what + " for the tailnet, so tailscale serve cannot get a certificate:"
        + " turn on " + String.join(" and ", off) + " at https://login.tailscale.com/admin/dns, or set"
        + " allowTailnetSettingsChanges(true) to let the deployer do it");
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    if (ctx.magicDnsOff) {
      ctx.tailnet.enableMagicDns();
    }
    if (ctx.httpsOff) {
      ctx.tailnet.enableHttps();
    }
  }
}
