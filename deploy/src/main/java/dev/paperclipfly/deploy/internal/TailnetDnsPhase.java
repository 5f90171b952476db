package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.util.Optional;

/**
 * The tailnet's MagicDNS suffix ({@code tail1234ab.ts.net}) is known. The API has no field for it,
 * so it is read from a device's MagicDNS name unless the target gives it.
 */
public final class TailnetDnsPhase implements Phase {
  @Override
  public StepKind kind() {
    return StepKind.TAILNET_DNS;
  }

  @Override
  public Step observe(DeployContext ctx) {
    if (ctx.target.tailnetDnsName().isPresent()) {
      ctx.tailnetDns = ctx.target.tailnetDnsName();
      return step(StepAction.KEEP, "MagicDNS suffix " + ctx.tailnetDns.get(), "given in the deployment target");
    }
    Optional<String> suffix = ctx.tailnet.magicDnsSuffix();
    if (suffix.isEmpty()) {
      return step(StepAction.BLOCKED, "MagicDNS suffix", "no device on the tailnet shows the MagicDNS suffix: set"
          + " tailnetDnsName (the Tailnet name on https://login.tailscale.com/admin/dns, e.g. tail1234ab.ts.net)");
    }
    ctx.tailnetDns = suffix;
    return step(StepAction.KEEP, "MagicDNS suffix " + suffix.get(), "read from the tailnet's device names");
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    // Read-only: nothing to apply.
  }
}
