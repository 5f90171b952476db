package dev.paperclipfly.examples.cli;

import dev.paperclipfly.core.flytoml.FlyTomls;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate-fly-toml FILE...}: checks fly.toml files the way flyctl reads them, and stricter. */
@Command(
    name = "validate-fly-toml",
    description = {
      "Check fly.toml files: TOML syntax, every shape flyctl accepts, VM sizes and memory per CPU,",
      "check timings, ports, mounts and signals.",
      "Exit 0 when every file is valid, 1 otherwise; one line per problem: FILE: path: message."
    },
    mixinStandardHelpOptions = true)
final class ValidateFlyTomlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "fly.toml files to check")
  List<Path> files;

  @Override
  public Integer call() {
    ProblemReport report = new ProblemReport(spec.commandLine().getOut(), spec.commandLine().getErr());
    for (Path file : files) {
      report.add(file, FlyTomls.validate(file));
    }
    return report.exitCode();
  }
}
