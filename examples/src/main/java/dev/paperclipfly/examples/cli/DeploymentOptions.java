package dev.paperclipfly.examples.cli;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.templates.AgentCli;
import dev.paperclipfly.templates.Database;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.templates.S3Storage;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that describe one deployment, shared by {@code render}, {@code plan}, {@code apply} and {@code status}. */
final class DeploymentOptions {
  static final String EXAMPLE_APP = "my-paperclip";

  @Option(names = "--app", description = "Fly app name: lowercase letters, digits and dashes (default: ${DEFAULT-VALUE})",
      defaultValue = EXAMPLE_APP, order = 1)
  String app;

  @Option(names = "--org", description = "Fly organization slug (default: ${DEFAULT-VALUE})", defaultValue = "personal", order = 2)
  String org;

  @Option(names = "--region", description = "primary Fly region (default: ${DEFAULT-VALUE})", defaultValue = "sjc", order = 3)
  String region;

  @Option(names = "--tailnet", paramLabel = "DNS", order = 4,
      description = "tailnet DNS suffix, e.g. tail1234ab.ts.net; without it the TAILNET_DNS secret is expected")
  Optional<String> tailnet;

  @Option(names = "--volume", paramLabel = "NAME", description = "Fly volume name (default: paperclip_data)", order = 5)
  Optional<String> volume;

  @Option(names = "--volume-size", paramLabel = "GB", description = "Fly volume size in GB (default: 1)", order = 6)
  Optional<Integer> volumeSizeGb;

  @Option(names = "--vm-size", paramLabel = "SIZE", description = "Fly machine size (default: shared-cpu-1x)", order = 7)
  Optional<String> vmSize;

  @Option(names = "--memory", paramLabel = "MB", description = "machine memory in MB, at least 1024 (default: 1024)", order = 8)
  Optional<Integer> memoryMb;

  @Option(names = "--paperclip-version", paramLabel = "VERSION", description = "pinned paperclipai version", order = 9)
  Optional<String> paperclipVersion;

  @Option(names = "--codex", description = "also install the Codex CLI (Claude Code is always installed)", order = 10)
  boolean codex;

  @Option(names = "--database-url-env", paramLabel = "VAR", order = 11,
      description = "use an external PostgreSQL whose connection string is in environment variable VAR "
          + "(it becomes the DATABASE_URL Fly secret; it is never written to a file)")
  Optional<String> databaseUrlEnv;

  @Option(names = "--s3-bucket", paramLabel = "BUCKET", description = "store files in this S3-compatible bucket instead of the volume",
      order = 12)
  Optional<String> s3Bucket;

  @Option(names = "--s3-region", paramLabel = "REGION", description = "bucket region (default: auto)", defaultValue = "auto",
      order = 13)
  String s3Region;

  @Option(names = "--s3-endpoint", paramLabel = "URL", description = "S3 endpoint, e.g. https://fly.storage.tigris.dev", order = 14)
  Optional<String> s3Endpoint;

  /**
   * The deployment these options describe.
   *
   * @param environment where {@code --database-url-env} is looked up
   * @throws dev.paperclipfly.core.validation.ValidationException listing every invalid field
   */
  PaperclipDeployment deployment(Environment environment) {
    PaperclipDeployment.Builder b = PaperclipDeployment.builder()
        .appName(app)
        .org(org)
        .primaryRegion(region)
        .tailnetDnsSuffix(tailnet);
    volume.ifPresent(b::volumeName);
    volumeSizeGb.ifPresent(b::volumeSizeGb);
    vmSize.ifPresent(b::vmSize);
    memoryMb.ifPresent(b::memoryMb);
    paperclipVersion.ifPresent(b::paperclipVersion);
    if (codex) {
      b.agentClis(List.of(AgentCli.claudeCode(), AgentCli.codex()));
    }
    databaseUrlEnv.ifPresent(var -> b.database(Database.external(environment.secret(var))));
    s3Bucket.ifPresent(bucket -> b.storage(S3Storage.builder()
        .bucket(bucket)
        .region(s3Region)
        .endpoint(s3Endpoint)
        .build()));
    return b.build();
  }
}
