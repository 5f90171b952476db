package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.deploy.AdminInvite;
import dev.paperclipfly.deploy.DeployException;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The first admin can sign up: while no admin exists and no invite is pending, one is minted with
 * {@code paperclipai auth bootstrap-ceo} and handed to the caller once. The seed's entrypoint printed
 * it into the logs instead, where anyone with log access could take the instance.
 */
public final class AdminInvitePhase implements Phase {
  private static final Pattern INVITE = Pattern.compile("Invite URL:\\s*(\\S+/invite/pcp_bootstrap_[0-9a-f]+)");
  private static final Pattern TOKEN = Pattern.compile("pcp_bootstrap_[0-9a-f]+");

  @Override
  public StepKind kind() {
    return StepKind.ADMIN_INVITE;
  }

  @Override
  public Step observe(DeployContext ctx) {
    String target = "first-admin invite of " + ctx.app();
    if (ctx.health.isEmpty()) {
      return step(StepAction.CREATE, target, "mint the first-admin invite once Paperclip is healthy, unless an admin"
          + " or a pending invite exists");
    }
    JsonNode h = ctx.health.get();
    String status = h.path("bootstrapStatus").asString("");
    if (status.isEmpty()) {
      return step(StepAction.KEEP, target, "instance is not in authenticated mode: no invite needed");
    }
    if (status.equals("ready")) {
      return step(StepAction.KEEP, target, "an admin exists");
    }
    if (h.path("bootstrapInviteActive").asBoolean(false) && !ctx.target.reissueAdminInvite()) {
      return step(StepAction.KEEP, target, "an invite was minted earlier and is not accepted yet; set"
          + " reissueAdminInvite(true) to revoke it and mint a new one");
    }
    return step(StepAction.CREATE, target, "no admin yet: mint the first-admin invite");
  }

  static List<String> command(String baseUrl) {
    // runuser keeps the environment; su would drop it (gotcha "su drops environment variables").
    return List.of("runuser", "-u", "node", "--", "paperclipai", "auth", "bootstrap-ceo", "--base-url", baseUrl);
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    String base = "https://" + ctx.app() + "." + ctx.tailnetDns.orElse("localhost");
    FlyApi.ExecOutput out = ctx.fly.exec(ctx.app(), ctx.machine.orElseThrow().id(), command(base), Duration.ofSeconds(60));
    // bootstrap-ceo exits 0 even when it fails, so the output is what tells.
    Matcher m = INVITE.matcher(out.stdout());
    if (!m.find()) {
      String said = TOKEN.matcher((out.stdout() + " " + out.stderr()).strip()).replaceAll("pcp_bootstrap_****");
      throw new DeployException(ctx.app(), Optional.of(step), "paperclipai auth bootstrap-ceo printed no invite URL"
          + " (exit " + out.exitCode() + "): " + (said.length() > 300 ? said.substring(0, 300) + "..." : said), null);
    }
    ctx.invite = Optional.of(new AdminInvite(Secret.of(m.group(1))));
  }
}
