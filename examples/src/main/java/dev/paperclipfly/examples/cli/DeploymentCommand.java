package dev.paperclipfly.examples.cli;

import dev.paperclipfly.deploy.Deployer;
import dev.paperclipfly.deploy.DeploymentPlan;
import dev.paperclipfly.deploy.DeploymentTarget;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What {@code plan}, {@code apply} and {@code status} share: the deployment, the APIs and the environment. */
abstract class DeploymentCommand implements Callable<Integer> {
  /** Help lines naming the environment variables the credentials come from. */
  static final String CREDENTIALS_HELP_1 = "Credentials come from the environment: FLY_API_TOKEN; TS_API_KEY (or TS_OAUTH_CLIENT_ID and";
  static final String CREDENTIALS_HELP_2 = "TS_OAUTH_CLIENT_SECRET); CLAUDE_CODE_OAUTH_TOKEN.";

  @Spec CommandSpec spec;
  @ParentCommand PaperclipFlyCli parent;
  @Mixin DeploymentOptions deployment;
  @Mixin FlyAndTailscaleOptions apis;

  Environment environment() {
    return parent.environment();
  }

  Deployer deployer() {
    return apis.deployer(environment());
  }

  DeploymentTarget target() {
    return apis.target(deployment.deployment(environment()), environment());
  }

  /** Reads the real state and returns the steps apply would take. */
  DeploymentPlan plan() {
    return deployer().plan(target());
  }
}
