package dev.paperclipfly.examples.cli;

import dev.paperclipfly.deploy.DeploymentPlan;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code plan}: reads Fly and Tailscale and lists the steps {@code apply} would take; changes nothing. */
@Command(
    name = "plan",
    description = {
      "Read the app, IPs, volume, tailnet, secrets and machine through the APIs and print the steps",
      "apply would take, each with its reason. Changes nothing.",
      DeploymentCommand.CREDENTIALS_HELP_1,
      DeploymentCommand.CREDENTIALS_HELP_2,
      "Exit 0 when apply can proceed, 1 when a step needs you first (its reason says what to do)."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class PlanCommand extends DeploymentCommand {
  @Override
  public Integer call() {
    DeploymentPlan plan = plan();
    PrintWriter out = spec.commandLine().getOut();
    out.println(plan);
    if (!plan.blockedSteps().isEmpty()) {
      out.println(plan.blockedSteps().size() + " step(s) need you before apply can go on (see their reasons).");
    } else if (plan.isNoOp()) {
      out.println("Nothing to change.");
    } else {
      out.println(plan.mutatingSteps().size() + " step(s) would change something: run apply with the same options.");
    }
    out.flush();
    return plan.blockedSteps().isEmpty() ? 0 : 1;
  }
}
