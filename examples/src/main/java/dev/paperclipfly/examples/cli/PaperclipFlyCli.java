package dev.paperclipfly.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code paperclip-fly} command line: validate, format, render and lint Paperclip-on-Fly
 * deployments. Built as {@code examples/target/paperclip-fly.jar}.
 *
 * <p>Exit codes: 0 success, 1 the inputs have problems (each printed on its own line), 2 usage error.
 */
@Command(
    name = "paperclip-fly",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run Paperclip on Fly.io behind Tailscale: validate, render and lint deployments.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateConfigCommand.class,
      ValidateFlyTomlCommand.class,
      FmtFlyTomlCommand.class,
      RenderCommand.class,
      LintCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      StatusCommand.class,
    })
public final class PaperclipFlyCli {
  private final Environment environment;

  private PaperclipFlyCli(Environment environment) {
    this.environment = environment;
  }

  /** Where subcommands read secrets: the process environment, never the arguments. */
  Environment environment() {
    return environment;
  }

  /** Builds the command line with every subcommand, reading secrets from the process environment. */
  public static CommandLine commandLine() {
    return commandLine(Environment.system());
  }

  /** Builds the command line with the given environment; tests run commands in-process this way. */
  static CommandLine commandLine(Environment environment) {
    CommandLine cl = new CommandLine(new PaperclipFlyCli(environment));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      // Library errors carry actionable messages; print them, not a stack trace.
      cmd.getErr().println("error: " + ex.getMessage());
      return 1;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
