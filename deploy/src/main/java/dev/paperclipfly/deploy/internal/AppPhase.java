package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.DeployException;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.util.Optional;

/** The Fly app exists in the right organisation. */
public final class AppPhase implements Phase {
  @Override
  public StepKind kind() {
    return StepKind.APP;
  }

  @Override
  public Step observe(DeployContext ctx) {
    String target = "app " + ctx.app();
    Optional<FlyApi.AppInfo> app = ctx.fly.app(ctx.app());
    if (app.isEmpty()) {
      return step(StepAction.CREATE, target, "app " + ctx.app() + " does not exist in organisation " + ctx.target.orgSlug());
    }
    ctx.appExists = true;
    ctx.appNetwork = Optional.of(app.get().network()).filter(n -> !n.isEmpty() && !n.equals("default"));
    String org = app.get().orgSlug();
    if (!org.isEmpty() && !org.equals(ctx.target.orgSlug())) {
      return step(StepAction.BLOCKED, target, "app " + ctx.app() + " belongs to organisation " + org + ", not "
          + ctx.target.orgSlug() + ": choose another app name or set orgSlug to " + org);
    }
    return step(StepAction.KEEP, target, "app " + ctx.app() + " exists in organisation " + ctx.target.orgSlug());
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    try {
      ctx.fly.createApp(ctx.app(), ctx.target.orgSlug());
      // Just created: it has no IPs, volumes, secrets or machines, so the next phases need not list them.
      return;
    } catch (ApiCallException e) {
      // A 422 after a lost answer may be our own earlier create: look before giving up.
      if (e.status() != 422 && e.status() != 409 || ctx.fly.app(ctx.app()).isEmpty()) {
        throw new DeployException(ctx.app(), Optional.of(step), e.status() == 422
            ? "the app name " + ctx.app() + " is taken (Fly app names are global): choose another" : e.getMessage(), e);
      }
    }
    // It existed after all: whatever it holds must be read.
    ctx.appExists = true;
  }
}
