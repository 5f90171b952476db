package dev.paperclipfly.examples.cli;

import dev.paperclipfly.templates.lint.BundleLinter;
import dev.paperclipfly.templates.lint.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lint DIR}: reports each known Paperclip-on-Fly gotcha an existing bundle runs into. */
@Command(
    name = "lint",
    description = {
      "Check an existing deployment bundle (Dockerfile, docker/start.sh or start.sh, config.json, fly.toml)",
      "for the known Paperclip-on-Fly gotchas. One line per finding: FILE:LINE: RULE message (fix: ...).",
      "Exit 0 when there is nothing to report, 1 otherwise."
    },
    mixinStandardHelpOptions = true)
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the bundle directory")
  Path dir;

  @Override
  public Integer call() {
    List<Finding> findings = BundleLinter.create().lint(dir);
    PrintWriter out = spec.commandLine().getOut();
    findings.forEach(out::println);
    out.flush();
    return findings.isEmpty() ? 0 : 1;
  }
}
