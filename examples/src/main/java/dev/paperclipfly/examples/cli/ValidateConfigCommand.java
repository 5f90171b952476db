package dev.paperclipfly.examples.cli;

import dev.paperclipfly.core.config.PaperclipConfigs;
import dev.paperclipfly.core.config.Strictness;
import dev.paperclipfly.core.config.ValidationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate-config FILE...}: checks Paperclip config.json files as Paperclip would, and stricter. */
@Command(
    name = "validate-config",
    description = {
      "Check Paperclip config.json files: everything Paperclip itself rejects, plus a missing $meta,",
      "postgres without connectionString, misspelt keys (e.g. url for connectionString) and ~ paths.",
      "Exit 0 when every file is valid, 1 otherwise; one line per problem: FILE: path: message."
    },
    mixinStandardHelpOptions = true)
final class ValidateConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "config.json files to check")
  List<Path> files;

  @Option(
      names = "--misspelt-keys",
      defaultValue = "ERROR",
      description = "How to treat a key one or two edits from a known key: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Strictness misspeltKeys;

  @Option(
      names = "--database-url-from-env",
      description = "The server gets DATABASE_URL from its environment, so postgres mode needs no connectionString in the file")
  boolean databaseUrlFromEnv;

  @Override
  public Integer call() {
    ValidationOptions options = ValidationOptions.builder()
        .misspeltKeys(misspeltKeys)
        .databaseUrlFromEnvironment(databaseUrlFromEnv)
        .build();
    ProblemReport report = new ProblemReport(spec.commandLine().getOut(), spec.commandLine().getErr());
    for (Path file : files) {
      report.add(file, PaperclipConfigs.validate(file, options));
    }
    return report.exitCode();
  }
}
