package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;

/**
 * A reusable, pre-authorized, tagged Tailscale auth key exists for the app and is the one in the Fly
 * secret {@code TAILSCALE_AUTH_KEY}. A key's secret is shown only when it is created, so the Fly
 * secret cannot be compared with it; instead the secret must have been set after the newest
 * matching key was created.
 */
public final class AuthKeyPhase implements Phase {
  static final String SECRET = "TAILSCALE_AUTH_KEY";
  static final long EXPIRY_SECONDS = Duration.ofDays(90).toSeconds();
  private static final Duration RENEW_BEFORE = Duration.ofDays(7);

  @Override
  public StepKind kind() {
    return StepKind.AUTH_KEY;
  }

  /** The key description that marks a key as this app's (Tailscale allows 50 characters). */
  static String description(String app) {
    String d = "paperclip-fly " + app;
    return d.length() > 50 ? d.substring(0, 50) : d;
  }

  @Override
  public Step observe(DeployContext ctx) {
    String description = description(ctx.app());
    Instant renewBy = ctx.clock.instant().plus(RENEW_BEFORE);
    Optional<TailnetApi.AuthKeyInfo> newest = ctx.tailnet.authKeys().stream()
        .filter(k -> k.description().equals(description) && !k.invalid() && !k.ephemeral())
        .filter(k -> k.reusable() && k.preauthorized())
        .filter(k -> new HashSet<>(k.tags()).equals(new HashSet<>(ctx.target.tailnetTags())))
        .max(Comparator.comparing(TailnetApi.AuthKeyInfo::created));
    Optional<FlyApi.SecretInfo> secret = ctx.secret(SECRET);
    String target = "Tailscale auth key for " + ctx.app();
    String reason;
    if (newest.isEmpty()) {
      reason = "no valid reusable, pre-authorized auth key tagged " + ctx.target.tailnetTags() + " for this app";
    } else if (!newest.get().expires().isAfter(renewBy)) {
      reason = "auth key " + newest.get().id() + " expires " + newest.get().expires() + ": a new one replaces it";
    } else if (secret.isEmpty()) {
      reason = "Fly secret " + SECRET + " is missing and a key's value cannot be read back: a new key is needed";
    } else if (secret.get().updatedAt().map(u -> u.isBefore(newest.get().created())).orElse(false)) {
      reason = "Fly secret " + SECRET + " is older than key " + newest.get().id() + ": a new key is set with it";
    } else {
      return step(StepAction.KEEP, "auth key " + newest.get().id(), "reusable, pre-authorized, tagged "
          + ctx.target.tailnetTags() + ", in Fly secret " + SECRET + ", valid until " + newest.get().expires());
    }
    ctx.authKeyWillChange = true;
    return step(StepAction.CREATE, target, reason);
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    ctx.newAuthKey = Optional.of(ctx.tailnet.createAuthKey(description(ctx.app()), ctx.target.tailnetTags(), EXPIRY_SECONDS));
  }
}
