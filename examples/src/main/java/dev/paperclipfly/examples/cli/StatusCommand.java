package dev.paperclipfly.examples.cli;

import dev.paperclipfly.deploy.DeploymentPlan;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code status}: whether each part of a deployment is in place, read through the APIs. */
@Command(
    name = "status",
    description = {
      "Show whether each part of the deployment (app, IPs, volume, tailnet, auth key, secrets, machine,",
      "health) is in place. Reads only. Exit 0 when everything is in place, 1 otherwise."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class StatusCommand extends DeploymentCommand {
  @Override
  public Integer call() {
    DeploymentPlan plan = plan();
    PrintWriter out = spec.commandLine().getOut();
    int notInPlace = 0;
    for (Step step : plan.steps()) {
      boolean inPlace = step.action() == StepAction.KEEP || step.action() == StepAction.CHECK;
      if (!inPlace) {
        notInPlace++;
      }
      out.printf("%-8s %-14s %s: %s%n", inPlace ? "ok" : step.action() == StepAction.BLOCKED ? "blocked" : "pending",
          step.kind(), step.target(), step.reason());
    }
    out.println(notInPlace == 0 ? plan.appName() + " is deployed as described."
        : notInPlace + " part(s) not in place: run plan for details, apply to fix.");
    out.flush();
    return notInPlace == 0 ? 0 : 1;
  }
}
