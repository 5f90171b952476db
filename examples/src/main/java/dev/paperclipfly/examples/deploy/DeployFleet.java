package dev.paperclipfly.examples.deploy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.deploy.Credentials;
import dev.paperclipfly.deploy.Deployer;
import dev.paperclipfly.deploy.DeploymentTarget;
import dev.paperclipfly.deploy.FleetDeployer;
import dev.paperclipfly.deploy.FleetReport;
import dev.paperclipfly.templates.PaperclipDeployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Applies one Paperclip deployment per client listed in a file (one app name per line), eight at a
 * time, within Fly's rate limits. A failed client does not stop the others; the report lists each.
 *
 * <pre>
 * export FLY_API_TOKEN=... TS_API_KEY=...
 * java -cp examples/target/paperclip-fly.jar dev.paperclipfly.examples.deploy.DeployFleet \
 *     clients.txt ORG REGION registry.fly.io/%s:deployment-01
 * </pre>
 *
 * The image pattern's {@code %s} is replaced by each app name. Invite URLs are not printed here: a
 * fleet's operator hands each one to its client through a channel of their own.
 */
public final class DeployFleet {
  private DeployFleet() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: DeployFleet APPS_FILE ORG REGION IMAGE_PATTERN");
      System.exit(2);
    }
    List<DeploymentTarget> targets = Files.readAllLines(Path.of(args[0])).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(app -> DeploymentTarget.forDeployment(
                PaperclipDeployment.builder().appName(app).org(args[1]).primaryRegion(args[2]).build(),
                String.format(args[3], app))
            .build())
        .toList();
    Deployer deployer = Deployer.builder()
        .credentials(Credentials.builder()
            .flyToken(Secret.fromEnv("FLY_API_TOKEN"))
            .tailscaleApiToken(Secret.fromEnv("TS_API_KEY"))
            .build())
        .build();

    FleetReport report = FleetDeployer.of(deployer, 8).apply(targets, System.out::println);
    System.out.println(report);
    System.exit(report.allSucceeded() ? 0 : 1);
  }
}
