package dev.paperclipfly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example programs from the shaded jar, as the javadoc of each tells a user to. */
class ExampleProgramsIT {
  @TempDir Path workDir;

  private record Run(int exitCode, String output) {}

  private Run java(String mainClass, String... args) throws IOException, InterruptedException {
    Path jar = Paths.get(System.getProperty("paperclipfly.cliJar"));
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", jar.toString(), mainClass));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), output);
  }

  @Test
  void renderBundleThenLintBundleFindsNothing() throws Exception {
    Run render = java("dev.paperclipfly.examples.bundle.RenderBundle", "demo-app", "tail1234ab.ts.net", "out");
    assertThat(render.exitCode()).as(render.output()).isZero();
    assertThat(workDir.resolve("out/docker/start.sh")).exists();
    Run lint = java("dev.paperclipfly.examples.bundle.LintBundle", "out");
    assertThat(lint.exitCode()).as(lint.output()).isZero();
    assertThat(lint.output()).contains("no findings");
  }

  @Test
  void renderBundleRejectsAnInvalidAppNameNamingTheField() throws Exception {
    Run render = java("dev.paperclipfly.examples.bundle.RenderBundle", "Not_Valid");
    assertThat(render.exitCode()).isEqualTo(1);
    assertThat(render.output()).contains("appName");
  }

  @Test
  void lintBundleReportsTheSeedsHandMadeBundleWithFixes() throws Exception {
    Run lint = java("dev.paperclipfly.examples.bundle.LintBundle", System.getProperty("paperclipfly.seedBundle"));
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.output()).contains("PFLY004").contains("runuser").contains("fix: ");
  }
}
