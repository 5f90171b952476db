package dev.paperclipfly.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderAndLintCommandsTest {
  @TempDir Path dir;

  @Test
  void renderWritesEveryBundleFileAndSaysWhatToDoNext() {
    Path out = dir.resolve("bundle");
    CliRun run = CliRun.of("render", "--app", "acme-paperclip", "--tailnet", "tail1234ab.ts.net", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("Dockerfile")).exists();
    assertThat(out.resolve("docker/start.sh")).isExecutable();
    assertThat(out.resolve("docker/config.json")).exists();
    assertThat(out.resolve("fly.toml")).content().contains("app = \"acme-paperclip\"");
    assertThat(out.resolve(".dockerignore")).exists();
    assertThat(out.resolve("DEPLOY.md")).exists();
    assertThat(run.out()).contains("DEPLOY.md").contains("BETTER_AUTH_SECRET").contains("PAPERCLIP_AGENT_JWT_SECRET");
  }

  @Test
  void renderWithoutOptionsWritesTheExampleAndSaysSo() {
    Path out = dir.resolve("paperclip-deploy");
    CliRun run = CliRun.of("render", "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("fly.toml")).content().contains("app = \"" + DeploymentOptions.EXAMPLE_APP + "\"");
    assertThat(run.out()).contains("This is the example");
  }

  @Test
  void renderRefusesToOverwriteAnEditedFileUnlessAsked() throws IOException {
    Path out = dir.resolve("bundle");
    assertThat(CliRun.of("render", "--app", "acme", "--out", out.toString()).exitCode()).isZero();
    Files.writeString(out.resolve("fly.toml"), "# my edit\n", java.nio.file.StandardOpenOption.APPEND);
    String edited = Files.readString(out.resolve("fly.toml"));

    CliRun refused = CliRun.of("render", "--app", "acme", "--out", out.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("fly.toml");
    assertThat(out.resolve("fly.toml")).hasContent(edited);

    assertThat(CliRun.of("render", "--app", "acme", "--out", out.toString(), "--overwrite").exitCode()).isZero();
    assertThat(Files.readString(out.resolve("fly.toml"))).doesNotContain("# my edit");
  }

  @Test
  void renderRejectsAHostileAppNameWithAClearErrorAndWritesNothing() {
    Path out = dir.resolve("bundle");
    CliRun run = CliRun.of("render", "--app", "x; rm -rf /", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("appName");
    assertThat(out).doesNotExist();
  }

  @Test
  void renderReadsAnExternalDatabaseUrlOnlyFromTheNamedEnvironmentVariable() {
    CliRun run = CliRun.of("render", "--app", "acme", "--out", dir.resolve("b").toString(),
        "--database-url-env", "PAPERCLIP_FLY_TEST_SURELY_UNSET_VARIABLE");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("PAPERCLIP_FLY_TEST_SURELY_UNSET_VARIABLE");
  }

  @Test
  void aFreshlyRenderedBundleLintsClean() {
    Path out = dir.resolve("bundle");
    CliRun.of("render", "--app", "acme", "--tailnet", "tail1234ab.ts.net", "--out", out.toString());
    CliRun lint = CliRun.of("lint", out.toString());
    assertThat(lint.exitCode()).as(lint.out()).isZero();
    assertThat(lint.out()).isEmpty();
  }

  @Test
  void lintReportsTheSeedsUseOfSuAndExitsOne() throws IOException {
    Path bundle = dir.resolve("seedlike");
    Files.createDirectories(bundle.resolve("docker"));
    Files.writeString(bundle.resolve("docker/start.sh"),
        "#!/bin/sh\nset -e\nsu -s /bin/sh node -c \"npx paperclipai run\"\n");
    CliRun run = CliRun.of("lint", bundle.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("docker/start.sh:3: ").contains("runuser");
  }
}
