package dev.paperclipfly.deploy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import dev.paperclipfly.core.flytoml.FlyNames;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.paperclipfly.core.flytoml.FlyToml;
import dev.paperclipfly.core.flytoml.FlyTomlReader;
import dev.paperclipfly.templates.BundleRenderer;
import dev.paperclipfly.templates.PaperclipDeployment;
import org.immutables.value.Value;

/**
 * One Paperclip deployment: which Fly app, where, which image (already pushed to Fly's registry),
 * and the choices that need the user's consent. Everything else (volume, secrets, Tailscale key,
 * machine) the {@link Deployer} derives and keeps in step.
 *
 * <pre>{@code
 * DeploymentTarget t = DeploymentTarget.builder()
 *     .appName("acme-paperclip").orgSlug("acme").region("sjc")
 *     .image("registry.fly.io/acme-paperclip:deployment-01")
 *     .claudeCodeOAuthToken(Secret.fromEnv("CLAUDE_CODE_OAUTH_TOKEN"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractDeploymentTarget {

  /** Fly app name; also the Tailscale hostname, so the URL is {@code https://<app>.<tailnet>}. */
  public abstract String appName();

  /** Fly organisation slug the app is created in. */
  public abstract String orgSlug();

  @Value.Default
  public String region() {
    return "sjc";
  }

  /** Image reference already pushed, e.g. {@code registry.fly.io/acme-paperclip:deployment-01}. */
  public abstract String image();

  @Value.Default
  public String volumeName() {
    return "paperclip_data";
  }

  @Value.Default
  public int volumeSizeGb() {
    return 1;
  }

  /**
   * The deployment's fly.toml, as rendered by the templates module and read with
   * {@code FlyTomlReader}: the machine config is mapped from it. When absent, the default bundle for
   * this app, organisation and region is rendered.
   */
  public abstract Optional<FlyToml> flyToml();

  /** The fly.toml the machine config comes from: {@link #flyToml()}, or the default rendering. */
  @Value.Lazy
  public FlyToml resolvedFlyToml() {
    return flyToml().orElseGet(() -> FlyTomlReader.read(BundleRenderer.builder().build()
        .render(PaperclipDeployment.builder().appName(appName()).org(orgSlug()).primaryRegion(region())
            .volumeName(volumeName()).volumeSizeGb(volumeSizeGb()).tailnetDnsSuffix(tailnetDnsName()).build())
        .text("fly.toml").orElseThrow()));
  }

  /**
   * A target for a deployment described with the templates module, with the fly.toml its bundle
   * renders. Add the image and any consent flags, then build.
   */
  public static DeploymentTarget.Builder forDeployment(PaperclipDeployment d, String image) {
    String toml = BundleRenderer.builder().build().render(d).text("fly.toml").orElseThrow();
    return DeploymentTarget.builder()
        .appName(d.appName())
        .orgSlug(d.org())
        .region(d.primaryRegion())
        .volumeName(d.volumeName())
        .volumeSizeGb(d.volumeSizeGb())
        .tailnetDnsName(d.tailnetDnsSuffix())
        .image(image)
        .flyToml(FlyTomlReader.read(toml));
  }

  /** Tags of the Tailscale auth key (an OAuth client may only mint keys with its own tags). */
  @Value.Default
  public List<String> tailnetTags() {
    return List.of("tag:paperclip");
  }

  /** The tailnet's MagicDNS suffix (e.g. {@code tail1234ab.ts.net}); found from the tailnet's devices when absent. */
  public abstract Optional<String> tailnetDnsName();

  /** Lets agents use Claude Code on a Claude subscription; set as the secret {@code CLAUDE_CODE_OAUTH_TOKEN}. */
  public abstract Optional<Secret> claudeCodeOAuthToken();

  /**
   * Consent to turn on HTTPS certificates and MagicDNS for the whole tailnet when they are off.
   * Without it, the plan stops at that step and says what to enable.
   */
  @Value.Default
  public boolean allowTailnetSettingsChanges() {
    return false;
  }

  /** Consent to release public IPs found on the app (the deployment is meant to be private). */
  @Value.Default
  public boolean releasePublicIps() {
    return false;
  }

  /**
   * Mint a new first-admin invite even though an unaccepted one exists (it is revoked). Use it when
   * the earlier invite URL was lost.
   */
  @Value.Default
  public boolean reissueAdminInvite() {
    return false;
  }

  /**
   * Names of secrets to overwrite although they exist: {@code CLAUDE_CODE_OAUTH_TOKEN} or
   * {@code TAILNET_DNS}. Existing secrets are otherwise never changed.
   */
  public abstract Set<String> replaceSecrets();

  /** How long the machine may take to reach {@code started}. */
  @Value.Default
  public Duration bootTimeout() {
    return Duration.ofMinutes(5);
  }

  /** How long Paperclip may take to answer its health check once started (first boot runs migrations). */
  @Value.Default
  public Duration healthTimeout() {
    return Duration.ofMinutes(3);
  }

  /** Every problem with this target at once. */
  public ValidationResult validate() {
    List<Problem> p = new ArrayList<>();
    FlyNames.checkAppName("appName", appName()).ifPresent(p::add);
    if (orgSlug().isBlank()) {
      p.add(Problem.error("orgSlug", "is empty: give the Fly organisation slug (see `flyctl orgs list`)"));
    }
    FlyNames.checkRegion("region", region()).ifPresent(p::add);
    if (image().isBlank() || image().contains(" ")) {
      p.add(Problem.error("image", "give the pushed image reference, e.g. registry.fly.io/" + appName() + ":deployment-01"));
    }
    FlyNames.checkVolumeName("volumeName", volumeName()).ifPresent(p::add);
    if (volumeSizeGb() < 1) {
      p.add(Problem.error("volumeSizeGb", "must be at least 1 (GB)"));
    }
    flyToml().ifPresent(t -> {
      if (!t.app().orElse(appName()).equals(appName())) {
        p.add(Problem.error("flyToml.app", "is " + t.app().get() + " but appName is " + appName() + ": they must match"));
      }
      if (!t.primaryRegion().orElse(region()).equals(region())) {
        p.add(Problem.error("flyToml.primary_region", "is " + t.primaryRegion().get() + " but region is " + region()
            + ": they must match"));
      }
      if (t.mounts().isEmpty() || !t.mounts().get(0).source().orElse("").equals(volumeName())) {
        p.add(Problem.error("flyToml.mounts", "must mount the volume " + volumeName() + " (Paperclip's data lives on it)"));
      }
      if (t.httpService().flatMap(h -> h.internalPort()).isEmpty()) {
        p.add(Problem.error("flyToml.http_service.internal_port", "is missing: Paperclip's port is needed for its"
            + " health check"));
      }
    });
    if (tailnetTags().isEmpty() || tailnetTags().stream().anyMatch(t -> !t.startsWith("tag:"))) {
      p.add(Problem.error("tailnetTags", "give at least one tag, each starting with 'tag:' (e.g. tag:paperclip)"));
    }
    tailnetDnsName().filter(d -> !d.contains(".") || d.startsWith(".") || d.endsWith("."))
        .ifPresent(d -> p.add(Problem.error("tailnetDnsName", "'" + d + "' is not a tailnet DNS name such as"
            + " tail1234ab.ts.net (admin console, DNS page)")));
    for (String name : replaceSecrets()) {
      if (!Set.of("CLAUDE_CODE_OAUTH_TOKEN", "TAILNET_DNS").contains(name)) {
        p.add(Problem.error("replaceSecrets", name + " cannot be replaced this way: only CLAUDE_CODE_OAUTH_TOKEN and"
            + " TAILNET_DNS (generated secrets are never rotated silently)"));
      }
    }
    if (bootTimeout().isNegative() || bootTimeout().isZero() || healthTimeout().isNegative() || healthTimeout().isZero()) {
      p.add(Problem.error("bootTimeout", "timeouts must be positive"));
    }
    return new ValidationResult(p);
  }

  @Value.Check
  protected void check() {
    validate().throwIfInvalid("deployment target " + appName());
  }
}
