package dev.paperclipfly.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateConfigCommandTest {
  @TempDir Path dir;

  private static final String VALID = """
      {
        "$meta": {"version": 1, "updatedAt": "2026-03-16T00:00:00.000Z", "source": "onboard"},
        "database": {"mode": "postgres", "connectionString": "postgres://paperclip@localhost:5432/paperclip"},
        "logging": {"mode": "file", "logDir": "/paperclip/instances/default/logs"},
        "server": {"deploymentMode": "authenticated", "exposure": "private", "host": "0.0.0.0", "port": 3100}
      }
      """;

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return file;
  }

  @Test
  void validFilesExitZeroAndPrintNothing() throws IOException {
    CliRun run = CliRun.of("validate-config", write("a.json", VALID).toString(), write("b.json", VALID).toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void urlInsteadOfConnectionStringIsOneLineNamingFileFieldAndFix() throws IOException {
    Path file = write("bad.json", VALID.replace("\"connectionString\"", "\"url\""));
    CliRun run = CliRun.of("validate-config", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(file + ": database.url: ").contains("connectionString");
  }

  @Test
  void everyProblemOfEveryFileIsPrintedOnItsOwnLine() throws IOException {
    Path noMeta = write("nometa.json", VALID.replace("\"$meta\"", "\"meta\""));
    Path badPort = write("port.json", VALID.replace("3100", "70000"));
    Path good = write("good.json", VALID);
    CliRun run = CliRun.of("validate-config", noMeta.toString(), good.toString(), badPort.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).allMatch(l -> l.startsWith(noMeta + ": ") || l.startsWith(badPort + ": "));
    assertThat(run.out()).contains(noMeta + ": $meta: ").contains(badPort + ": server.port: ");
    assertThat(run.out()).doesNotContain(good.toString());
  }

  @Test
  void misspeltKeysCanBeDowngradedToWarnings() throws IOException {
    Path file = write("typo.json", VALID.replace("\"port\": 3100", "\"port\": 3100, \"allowedHostname\": []"));
    CliRun strict = CliRun.of("validate-config", file.toString());
    CliRun lenient = CliRun.of("validate-config", "--misspelt-keys=warning", file.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("server.allowedHostname: ").contains("allowedHostnames");
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).contains("server.allowedHostname: warning: ");
  }

  @Test
  void missingFileIsReportedNotThrown() {
    Path missing = dir.resolve("absent.json");
    CliRun run = CliRun.of("validate-config", missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(missing + ": ");
  }
}
