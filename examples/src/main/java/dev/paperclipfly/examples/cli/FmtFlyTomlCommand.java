package dev.paperclipfly.examples.cli;

import dev.paperclipfly.core.flytoml.FlyTomlParseException;
import dev.paperclipfly.core.flytoml.FlyTomlReader;
import dev.paperclipfly.core.flytoml.FlyTomlWriter;
import dev.paperclipfly.core.validation.Problem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fmt-fly-toml FILE}: prints the canonical TOML this SDK writes for a fly.toml. */
@Command(
    name = "fmt-fly-toml",
    description = {
      "Print the canonical fly.toml this SDK writes for FILE: tables as people write them",
      "([http_service], [[http_service.checks]], [[vm]]), fixed key order, legacy shapes modernised.",
      "The file itself is not changed."
    },
    mixinStandardHelpOptions = true)
final class FmtFlyTomlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the fly.toml to format")
  Path file;

  @Override
  public Integer call() {
    try {
      spec.commandLine().getOut().print(FlyTomlWriter.write(FlyTomlReader.read(file)));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (FlyTomlParseException e) {
      spec.commandLine().getErr().println(file + ": " + Problem.error(e.path(), e.detail()).location() + ": " + e.detail());
      return 1;
    }
  }
}
