package dev.paperclipfly.examples.cli;

import dev.paperclipfly.deploy.Credentials;
import dev.paperclipfly.deploy.Deployer;
import dev.paperclipfly.deploy.DeploymentTarget;
import dev.paperclipfly.templates.PaperclipDeployment;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What {@code plan}, {@code apply} and {@code status} need beyond the deployment itself: the image,
 * the user's consents, the API endpoints, and credentials read from the environment:
 * {@code FLY_API_TOKEN}; {@code TS_API_KEY}, or {@code TS_OAUTH_CLIENT_ID} and
 * {@code TS_OAUTH_CLIENT_SECRET}; {@code CLAUDE_CODE_OAUTH_TOKEN}.
 */
final class FlyAndTailscaleOptions {
  static final String FLY_TOKEN = "FLY_API_TOKEN";
  static final String TS_API_KEY = "TS_API_KEY";
  static final String TS_OAUTH_CLIENT_ID = "TS_OAUTH_CLIENT_ID";
  static final String TS_OAUTH_CLIENT_SECRET = "TS_OAUTH_CLIENT_SECRET";
  static final String CLAUDE_TOKEN = "CLAUDE_CODE_OAUTH_TOKEN";

  @Option(names = "--image", required = true, paramLabel = "REF", order = 20,
      description = "the image already pushed to Fly's registry, e.g. registry.fly.io/APP:TAG "
          + "(build and push it with: flyctl deploy --build-only --push)")
  String image;

  @Option(names = "--allow-tailnet-changes", order = 21,
      description = "let the deployer turn on MagicDNS and HTTPS certificates for the tailnet if they are off")
  boolean allowTailnetChanges;

  @Option(names = "--release-public-ips", order = 22,
      description = "release public IPs found on the app (the deployment is private; they hold no data)")
  boolean releasePublicIps;

  @Option(names = "--replace-secret", paramLabel = "NAME", order = 23,
      description = "overwrite this Fly secret even if set (only CLAUDE_CODE_OAUTH_TOKEN or TAILNET_DNS); repeatable")
  List<String> replaceSecrets = List.of();

  @Option(names = "--reissue-admin-invite", order = 24,
      description = "mint a new first-admin invite even if one is pending (no effect once an admin exists)")
  boolean reissueAdminInvite;

  @Option(names = "--fly-api", paramLabel = "URL", order = 25,
      description = "Fly Machines API base (default: https://api.machines.dev; inside Fly: http://_api.internal:4280)")
  Optional<URI> flyApi;

  @Option(names = "--tailscale-api", paramLabel = "URL", order = 26,
      description = "Tailscale API base (default: https://api.tailscale.com)")
  Optional<URI> tailscaleApi;

  /** The deployer, with credentials from the environment. */
  Deployer deployer(Environment env) {
    Credentials.Builder credentials = Credentials.builder().flyToken(env.secret(FLY_TOKEN));
    Optional<String> oauthClientId = env.get(TS_OAUTH_CLIENT_ID);
    if (oauthClientId.isPresent()) {
      credentials.tailscaleOAuthClientId(oauthClientId.get())
          .tailscaleOAuthClientSecret(env.secret(TS_OAUTH_CLIENT_SECRET));
    } else {
      credentials.tailscaleApiToken(env.optionalSecret(TS_API_KEY).orElseThrow(() -> new IllegalArgumentException(
          "no Tailscale credentials: export " + TS_API_KEY + ", or " + TS_OAUTH_CLIENT_ID + " and " + TS_OAUTH_CLIENT_SECRET)));
    }
    Deployer.Builder b = Deployer.builder().credentials(credentials.build());
    flyApi.ifPresent(b::flyApi);
    tailscaleApi.ifPresent(b::tailscaleApi);
    return b.build();
  }

  /** The target: the deployment, its image, the consents, and the Claude Code token if set. */
  DeploymentTarget target(PaperclipDeployment deployment, Environment env) {
    return DeploymentTarget.forDeployment(deployment, image)
        .claudeCodeOAuthToken(env.optionalSecret(CLAUDE_TOKEN))
        .allowTailnetSettingsChanges(allowTailnetChanges)
        .releasePublicIps(releasePublicIps)
        .reissueAdminInvite(reissueAdminInvite)
        .addAllReplaceSecrets(replaceSecrets)
        .build();
  }
}
