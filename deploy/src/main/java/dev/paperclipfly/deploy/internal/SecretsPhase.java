package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's secrets are set. Generated ones ({@code BETTER_AUTH_SECRET},
 * {@code PAPERCLIP_AGENT_JWT_SECRET}) are made once and an existing value is never replaced:
 * rotating the auth secret would sign every user out. Given ones are set when missing, or when the
 * target names them in {@code replaceSecrets}.
 */
public final class SecretsPhase implements Phase {
  static final List<String> GENERATED = List.of("BETTER_AUTH_SECRET", "PAPERCLIP_AGENT_JWT_SECRET");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public StepKind kind() {
    return StepKind.SECRETS;
  }

  static Secret generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Secret.of(HexFormat.of().formatHex(bytes));
  }

  @Override
  public Step observe(DeployContext ctx) {
    Map<String, Secret> set = new LinkedHashMap<>();
    List<String> why = new ArrayList<>();
    for (String name : GENERATED) {
      if (ctx.secret(name).isEmpty()) {
        set.put(name, generate());
        why.add(name + " missing (generated once, never rotated)");
      }
    }
    if (ctx.newAuthKey.isPresent()) {
      set.put(AuthKeyPhase.SECRET, ctx.newAuthKey.get().key());
      why.add(AuthKeyPhase.SECRET + " for the new auth key");
    } else if (ctx.authKeyWillChange) {
      why.add(AuthKeyPhase.SECRET + " for the new auth key");
    }
    if (ctx.tailnetDns.isPresent() && (ctx.secret("TAILNET_DNS").isEmpty()
        || ctx.target.replaceSecrets().contains("TAILNET_DNS"))) {
      set.put("TAILNET_DNS", Secret.of(ctx.tailnetDns.get()));
      why.add("TAILNET_DNS " + (ctx.secret("TAILNET_DNS").isEmpty() ? "missing" : "replaced as asked"));
    }
    boolean claudeMissing = ctx.secret("CLAUDE_CODE_OAUTH_TOKEN").isEmpty();
    if (ctx.target.claudeCodeOAuthToken().isPresent()
        && (claudeMissing || ctx.target.replaceSecrets().contains("CLAUDE_CODE_OAUTH_TOKEN"))) {
      set.put("CLAUDE_CODE_OAUTH_TOKEN", ctx.target.claudeCodeOAuthToken().get());
      why.add("CLAUDE_CODE_OAUTH_TOKEN " + (claudeMissing ? "missing" : "replaced as asked"));
    }
    ctx.pendingSecrets = set;
    String target = "secrets of " + ctx.app();
    if (why.isEmpty()) {
      String note = claudeMissing && ctx.target.claudeCodeOAuthToken().isEmpty()
          ? " (no CLAUDE_CODE_OAUTH_TOKEN: agents cannot use Claude Code until one is given)" : "";
      return step(StepAction.KEEP, target, "every secret is set and kept as it is" + note);
    }
    ctx.secretsWillChange = true;
    List<String> names = new ArrayList<>(set.keySet());
    if (ctx.authKeyWillChange && !names.contains(AuthKeyPhase.SECRET)) {
      names.add(AuthKeyPhase.SECRET);
    }
    return step(StepAction.UPDATE, "secrets " + String.join(", ", names) + " of " + ctx.app(), String.join("; ", why));
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    FlyApi.SecretsUpdate r = ctx.fly.setSecrets(ctx.app(), ctx.pendingSecrets);
    ctx.secretsAfterUpdate(r.secrets(), r.version());
    ctx.secretsWillChange = false;
    ctx.pendingSecrets = Map.of();
  }
}
