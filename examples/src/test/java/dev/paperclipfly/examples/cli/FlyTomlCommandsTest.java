package dev.paperclipfly.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.flytoml.FlyTomlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlyTomlCommandsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void validateFlyTomlExitsZeroForAValidFile() throws IOException {
    Path f = write("fly.toml", "app = \"demo\"\n\n[http_service]\n  internal_port = 3100\n\n[[vm]]\n  size = \"shared-cpu-1x\"\n  memory = \"1024mb\"\n");
    CliRun run = CliRun.of("validate-fly-toml", f.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void validateFlyTomlPrintsFilePathAndMessageForEachProblem() throws IOException {
    Path f = write("fly.toml", "app = \"demo\"\n\n[[vm]]\n  size = \"shared-cpu-1x\"\n  memory = \"100mb\"\n\n[[services]]\n  internal_port = 70000\n  protocol = \"tcp\"\n");
    CliRun run = CliRun.of("validate-fly-toml", f.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(f + ": vm[0].memory: ").contains(f + ": services[0].internal_port: ");
    assertThat(run.out().lines()).allMatch(l -> l.startsWith(f + ": "));
  }

  @Test
  void validateFlyTomlRejectsFlyctlsAlwaysInvalidFixture() {
    Path fixture = Path.of(System.getProperty("paperclipfly.sharedDir"), "reference/flyctl-testdata/always-invalid-v2.toml");
    CliRun run = CliRun.of("validate-fly-toml", fixture.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("services[0].concurrency");
  }

  @Test
  void fmtFlyTomlPrintsIdiomaticTablesForDottedKeys() throws IOException {
    Path f = write("fly.toml", "app = 'demo'\nhttp_service.internal_port = 3100\nhttp_service.checks = [{path = '/api/health', headers = {Host = 'localhost'}}]\n");
    CliRun run = CliRun.of("fmt-fly-toml", f.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("[http_service]\n").contains("[[http_service.checks]]\n").contains("[http_service.checks.headers]\n")
        .doesNotContain("http_service.internal_port");
    assertThat(FlyTomlReader.read(run.out())).isEqualTo(FlyTomlReader.read(f));
  }

  @Test
  void fmtFlyTomlReportsAnUnreadableFileAndExitsOne() throws IOException {
    Path f = write("fly.toml", "app = [\n");
    CliRun run = CliRun.of("fmt-fly-toml", f.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(f + ": ");
    assertThat(run.out()).isEmpty();
  }
}
