package dev.paperclipfly.examples.cli;

import dev.paperclipfly.deploy.DeployEvent;
import dev.paperclipfly.deploy.DeployResult;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code apply}: makes Fly and Tailscale match the deployment; safe to run again. */
@Command(
    name = "apply",
    description = {
      "Create or update the app, private IP, volume, tailnet auth key, secrets and machine, wait for",
      "Paperclip to be healthy and print the first-admin invite once. Safe to run again: with nothing",
      "changed it changes nothing; after a failure it completes what is missing. Never deletes a volume",
      "or a secret. Progress goes to standard error as it happens.",
      DeploymentCommand.CREDENTIALS_HELP_1,
      DeploymentCommand.CREDENTIALS_HELP_2
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ApplyCommand extends DeploymentCommand {
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DeployResult result = deployer().apply(target(), event -> progress(err, event));
    PrintWriter out = spec.commandLine().getOut();
    out.println(result.changedAnything() ? "Applied." : "Nothing to change: " + result.appName() + " is as described.");
    result.machineId().ifPresent(id -> out.println("Machine: " + id));
    result.tailnetUrl().ifPresent(url -> out.println("Paperclip: " + url));
    // The invite makes its holder the first admin: shown here once and nowhere else.
    result.adminInvite().ifPresent(invite ->
        out.println("First admin invite (shown once; open it from a device on your tailnet): " + invite.reveal()));
    out.flush();
    return 0;
  }

  private static void progress(PrintWriter err, DeployEvent event) {
    if (event.type() != DeployEvent.Type.APPLY_FINISHED) {
      err.println(event.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
          + event.step().map(s -> s.kind() + " " + s.action() + " " + s.target()).orElse("")
          + (event.message().isEmpty() ? "" : " (" + event.message() + ")"));
      err.flush();
    }
  }
}
