package dev.paperclipfly.examples.cli;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.templates.AgentCli;
import dev.paperclipfly.templates.Bundle;
import dev.paperclipfly.templates.BundleRenderer;
import dev.paperclipfly.templates.Database;
import dev.paperclipfly.templates.ExpectedSecret;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.templates.S3Storage;
import dev.paperclipfly.templates.WriteMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code render}: writes the deployment bundle (Dockerfile, docker/start.sh, docker/config.json,
 * fly.toml, .dockerignore, DEPLOY.md) for one Paperclip instance.
 */
@Command(
    name = "render",
    description = {
      "Render the deployment bundle for one Paperclip instance on Fly.io behind Tailscale.",
      "With no options it renders an example (app my-paperclip) into ./deploy.",
      "Secrets are never options: an external database URL is read from the environment variable you name."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class RenderCommand implements Callable<Integer> {
  static final String EXAMPLE_APP = "my-paperclip";

  @Spec CommandSpec spec;

  @Option(names = "--app", description = "Fly app name: lowercase letters, digits and dashes (default: ${DEFAULT-VALUE})",
      defaultValue = EXAMPLE_APP)
  String app;

  @Option(names = "--org", description = "Fly organization slug (default: ${DEFAULT-VALUE})", defaultValue = "personal")
  String org;

  @Option(names = "--region", description = "primary Fly region (default: ${DEFAULT-VALUE})", defaultValue = "sjc")
  String region;

  @Option(names = "--tailnet", paramLabel = "DNS",
      description = "tailnet DNS suffix, e.g. tail1234ab.ts.net; without it the TAILNET_DNS secret is expected")
  Optional<String> tailnet;

  @Option(names = "--out", paramLabel = "DIR", description = "where to write the bundle (default: ${DEFAULT-VALUE})",
      defaultValue = "deploy")
  Path out;

  @Option(names = "--overwrite", description = "replace files in DIR that differ from the rendering (they may hold your edits)")
  boolean overwrite;

  @Option(names = "--volume", paramLabel = "NAME", description = "Fly volume name (default: paperclip_data)")
  Optional<String> volume;

  @Option(names = "--volume-size", paramLabel = "GB", description = "Fly volume size in GB (default: 1)")
  Optional<Integer> volumeSizeGb;

  @Option(names = "--vm-size", paramLabel = "SIZE", description = "Fly machine size (default: shared-cpu-1x)")
  Optional<String> vmSize;

  @Option(names = "--memory", paramLabel = "MB", description = "machine memory in MB, at least 1024 (default: 1024)")
  Optional<Integer> memoryMb;

  @Option(names = "--paperclip-version", paramLabel = "VERSION", description = "pinned paperclipai version")
  Optional<String> paperclipVersion;

  @Option(names = "--codex", description = "also install the Codex CLI (Claude Code is always installed)")
  boolean codex;

  @Option(names = "--database-url-env", paramLabel = "VAR",
      description = "use an external PostgreSQL whose connection string is in environment variable VAR "
          + "(it becomes the DATABASE_URL Fly secret; it is never written to a file)")
  Optional<String> databaseUrlEnv;

  @Option(names = "--s3-bucket", paramLabel = "BUCKET", description = "store files in this S3-compatible bucket instead of the volume")
  Optional<String> s3Bucket;

  @Option(names = "--s3-region", paramLabel = "REGION", description = "bucket region (default: auto)", defaultValue = "auto")
  String s3Region;

  @Option(names = "--s3-endpoint", paramLabel = "URL", description = "S3 endpoint, e.g. https://fly.storage.tigris.dev")
  Optional<String> s3Endpoint;

  @Override
  public Integer call() {
    PaperclipDeployment deployment = deployment();
    Bundle bundle = BundleRenderer.builder().build().render(deployment);
    List<String> written = bundle.writeTo(out, overwrite ? WriteMode.OVERWRITE : WriteMode.REFUSE_CHANGES);
    PrintWriter o = spec.commandLine().getOut();
    int unchanged = bundle.paths().size() - written.size();
    o.println("Rendered the bundle for app " + deployment.appName() + " into " + out + " ("
        + written.size() + " files written" + (unchanged > 0 ? ", " + unchanged + " already up to date" : "") + ").");
    if (app.equals(EXAMPLE_APP) && !spec.commandLine().getParseResult().hasMatchedOption("--app")) {
      o.println("This is the example: render your own with --app NAME [--tailnet DNS] (see --help).");
    }
    o.println("Secrets the deployment expects (set them with flyctl, never in files):");
    for (ExpectedSecret s : deployment.expectedSecrets()) {
      o.println("  " + s.name() + (s.generated() ? "  (generate it: see DEPLOY.md)" : ""));
    }
    o.println("Next: follow " + out.resolve("DEPLOY.md") + " step by step, then check it with: paperclip-fly lint " + out);
    o.flush();
    return 0;
  }

  private PaperclipDeployment deployment() {
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
    databaseUrlEnv.ifPresent(var -> b.database(Database.external(Secret.fromEnv(var))));
    s3Bucket.ifPresent(bucket -> b.storage(S3Storage.builder()
        .bucket(bucket)
        .region(s3Region)
        .endpoint(s3Endpoint)
        .build()));
    return b.build();
  }
}
