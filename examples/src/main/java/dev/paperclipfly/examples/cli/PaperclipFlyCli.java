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
    })
public final class PaperclipFlyCli {

  /** Builds the command line with every subcommand; tests call this to run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new PaperclipFlyCli());
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
