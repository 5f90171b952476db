package dev.paperclipfly.templates;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import dev.paperclipfly.templates.internal.DeploymentValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the bundle is rendered from: one Fly app running Paperclip, PostgreSQL and Tailscale in
 * one container, reachable only over the tailnet.
 *
 * <p>Only {@code appName}, {@code org} and {@code primaryRegion} are required; every other field has a
 * safe default. {@code build()} validates every field at once and throws a
 * {@link dev.paperclipfly.core.validation.ValidationException} listing each problem with its field.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractPaperclipDeployment {
  /** The Paperclip version installed by default; pinned, never {@code latest}. */
  public static final String DEFAULT_PAPERCLIP_VERSION = "2026.916.1";

  /** The pinned Node 24 image tag (Paperclip needs Node.js 24.11 or newer). */
  public static final String DEFAULT_NODE_IMAGE_TAG = "24.22.3-trixie-slim";

  /** The pinned {@code tailscale/tailscale} image version the binaries are copied from. */
  public static final String DEFAULT_TAILSCALE_VERSION = "1.88.1";

  /** Fly app name: lowercase letters, digits and dashes, starting with a letter, at most 63 characters. */
  public abstract String appName();

  /** Fly organization slug, e.g. {@code personal}. */
  public abstract String org();

  /** Fly region code, three lowercase letters, e.g. {@code sjc}. */
  public abstract String primaryRegion();

  /** Name of the Fly volume holding PostgreSQL, the config and Tailscale state. */
  @Value.Default
  public String volumeName() {
    return "paperclip_data";
  }

  /** Volume size in GB. */
  @Value.Default
  public int volumeSizeGb() {
    return 1;
  }

  /** Where the volume is mounted in the machine. */
  @Value.Default
  public String volumePath() {
    return "/paperclip";
  }

  /** Fly VM size preset. */
  @Value.Default
  public String vmSize() {
    return "shared-cpu-1x";
  }

  /** VM memory in MB; at least 1024 (gotcha: 512 MB is not enough, agents get OOM-killed). */
  @Value.Default
  public int memoryMb() {
    return 1024;
  }

  /**
   * The tailnet's DNS suffix, e.g. {@code tail1234ab.ts.net}. When absent the deployment expects a
   * {@code TAILNET_DNS} secret instead.
   */
  public abstract Optional<String> tailnetDnsSuffix();

  /** The {@code paperclipai} npm version; pinned. */
  @Value.Default
  public String paperclipVersion() {
    return DEFAULT_PAPERCLIP_VERSION;
  }

  /** Tag of the {@code node} base image; must be a pinned Node 24 tag. */
  @Value.Default
  public String nodeImageTag() {
    return DEFAULT_NODE_IMAGE_TAG;
  }

  /** Version of the {@code tailscale/tailscale} image the Tailscale binaries are copied from. */
  @Value.Default
  public String tailscaleVersion() {
    return DEFAULT_TAILSCALE_VERSION;
  }

  /** Agent CLIs installed into the image; Claude Code by default. */
  @Value.Default
  public List<AgentCli> agentClis() {
    return List.of(AgentCli.claudeCode());
  }

  /** Database choice; PostgreSQL inside the container by default. */
  @Value.Default
  public Database database() {
    return Database.localPostgres();
  }

  /** File storage; local disk on the volume by default. */
  @Value.Default
  public Storage storage() {
    return Storage.localDisk();
  }

  /** Names of further secrets the deployment expects (e.g. {@code ANTHROPIC_API_KEY}); names only. */
  public abstract List<String> additionalSecretNames();

  /**
   * Closes sign-up once the first admin exists: the entrypoint sets
   * {@code PAPERCLIP_AUTH_DISABLE_SIGN_UP=true} on the boots after the bootstrap invite was accepted
   * (sign-up must stay open until then, or the invite cannot be accepted). On by default.
   */
  @Value.Default
  public boolean closeSignUpAfterBootstrap() {
    return true;
  }

  /**
   * The {@code $meta.updatedAt} written into config.json. Fixed by default (the epoch) so the bundle
   * is byte-identical across runs; supply a time to record one.
   */
  @Value.Default
  public Instant configUpdatedAt() {
    return Instant.EPOCH;
  }

  /** The port Paperclip listens on inside the machine. */
  @Value.Default
  public int internalPort() {
    return 3100;
  }

  /**
   * Every secret the deployment reads, in the order DEPLOY.md sets them: the two Paperclip signing
   * secrets, the Tailscale key, then what the database, storage and agent CLIs need, then the
   * additional names.
   */
  @Value.Derived
  public List<ExpectedSecret> expectedSecrets() {
    List<ExpectedSecret> secrets = new ArrayList<>();
    secrets.add(new ExpectedSecret("BETTER_AUTH_SECRET", true));
    // Paperclip signs agent JWTs with its own secret besides Better Auth's.
    secrets.add(new ExpectedSecret("PAPERCLIP_AGENT_JWT_SECRET", true));
    secrets.add(new ExpectedSecret("TAILSCALE_AUTH_KEY", false));
    if (tailnetDnsSuffix().isEmpty()) {
      secrets.add(new ExpectedSecret("TAILNET_DNS", false));
    }
    if (database() instanceof Database.ExternalPostgres) {
      secrets.add(new ExpectedSecret("DATABASE_URL", false));
    }
    if (storage() instanceof S3Storage) {
      secrets.add(new ExpectedSecret("AWS_ACCESS_KEY_ID", false));
      secrets.add(new ExpectedSecret("AWS_SECRET_ACCESS_KEY", false));
    }
    for (AgentCli cli : agentClis()) {
      secrets.add(new ExpectedSecret(cli.credentialSecret(), false));
    }
    for (String name : additionalSecretNames()) {
      secrets.add(new ExpectedSecret(name, false));
    }
    return secrets.stream().distinct().toList();
  }

  @Value.Check
  protected void check() {
    DeploymentValidator.validate(this).throwIfInvalid("deployment");
  }
}
