package dev.paperclipfly.examples.cli;

import dev.paperclipfly.templates.Bundle;
import dev.paperclipfly.templates.BundleRenderer;
import dev.paperclipfly.templates.ExpectedSecret;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.templates.WriteMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code render}: writes the deployment bundle (Dockerfile, docker/start.sh, docker/config.json,
 * fly.toml, .dockerignore, DEPLOY.md) for one Paperclip instance.
 */
@Command(
    name = "render",
    description = {
      "Render the deployment bundle for one Paperclip instance on Fly.io behind Tailscale.",
      "With no options it renders an example (app my-paperclip) into ./paperclip-deploy.",
      "Secrets are never options: an external database URL is read from the environment variable you name."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand PaperclipFlyCli parent;

  @Mixin DeploymentOptions options;

  @Option(names = "--out", paramLabel = "DIR", description = "where to write the bundle (default: ${DEFAULT-VALUE})",
      defaultValue = "paperclip-deploy")
  Path out;

  @Option(names = "--overwrite", description = "replace files in DIR that differ from the rendering (they may hold your edits)")
  boolean overwrite;

  @Override
  public Integer call() {
    PaperclipDeployment deployment = options.deployment(parent.environment());
    Bundle bundle = BundleRenderer.builder().build().render(deployment);
    List<String> written = bundle.writeTo(out, overwrite ? WriteMode.OVERWRITE : WriteMode.REFUSE_CHANGES);
    PrintWriter o = spec.commandLine().getOut();
    int unchanged = bundle.paths().size() - written.size();
    o.println("Rendered the bundle for app " + deployment.appName() + " into " + out + " ("
        + written.size() + " files written" + (unchanged > 0 ? ", " + unchanged + " already up to date" : "") + ").");
    if (!spec.commandLine().getParseResult().hasMatchedOption("--app")) {
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
}
