package dev.paperclipfly.examples.deploy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.deploy.Credentials;
import dev.paperclipfly.deploy.DeployException;
import dev.paperclipfly.deploy.DeployResult;
import dev.paperclipfly.deploy.Deployer;
import dev.paperclipfly.deploy.DeploymentPlan;
import dev.paperclipfly.deploy.DeploymentTarget;
import dev.paperclipfly.templates.PaperclipDeployment;
import java.util.Optional;

/**
 * Plans or applies one Paperclip deployment on Fly.io behind Tailscale: the seed's setup steps 1, 2
 * and 5 as one call that is safe to run again.
 *
 * <pre>
 * export FLY_API_TOKEN=... TS_API_KEY=... CLAUDE_CODE_OAUTH_TOKEN=...
 * java -cp examples/target/paperclip-fly.jar dev.paperclipfly.examples.deploy.DeployOne \
 *     plan|apply APP ORG REGION IMAGE
 * </pre>
 *
 * The image must already be pushed ({@code flyctl deploy --build-only --push}). Set
 * {@code ALLOW_TAILNET_CHANGES=true} to let the deployer turn on MagicDNS and HTTPS certificates.
 */
public final class DeployOne {
  private DeployOne() {}

  public static void main(String[] args) {
    if (args.length != 5 || !(args[0].equals("plan") || args[0].equals("apply"))) {
      System.err.println("usage: DeployOne plan|apply APP ORG REGION IMAGE");
      System.exit(2);
    }
    PaperclipDeployment deployment = PaperclipDeployment.builder()
        .appName(args[1]).org(args[2]).primaryRegion(args[3])
        .tailnetDnsSuffix(Optional.ofNullable(System.getenv("TAILNET_DNS")))
        .build();
    DeploymentTarget target = DeploymentTarget.forDeployment(deployment, args[4])
        .claudeCodeOAuthToken(Optional.ofNullable(System.getenv("CLAUDE_CODE_OAUTH_TOKEN")).map(Secret::of))
        .allowTailnetSettingsChanges(Boolean.parseBoolean(System.getenv("ALLOW_TAILNET_CHANGES")))
        .build();
    Deployer deployer = Deployer.builder()
        .credentials(Credentials.builder()
            .flyToken(Secret.fromEnv("FLY_API_TOKEN"))
            .tailscaleApiToken(Secret.fromEnv("TS_API_KEY"))
            .build())
        .build();

    if (args[0].equals("plan")) {
      DeploymentPlan plan = deployer.plan(target);
      System.out.println(plan);
      System.out.println(plan.isNoOp() ? "Nothing to change." : plan.mutatingSteps().size() + " step(s) would change something.");
      return;
    }
    try {
      DeployResult r = deployer.apply(target, System.out::println);
      r.tailnetUrl().ifPresent(u -> System.out.println("Paperclip: " + u));
      // The invite makes its holder the admin: shown once, here, and nowhere else.
      r.adminInvite().ifPresent(i -> System.out.println("First admin, open once: " + i.reveal()));
    } catch (DeployException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }
}
