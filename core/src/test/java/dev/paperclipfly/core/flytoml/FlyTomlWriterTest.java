package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlyTomlWriterTest {

  /** The fly.toml of the field report the SDK comes from, as hand-written there. */
  private static String seedFlyToml() throws IOException {
    try (InputStream in = FlyTomlWriterTest.class.getResourceAsStream("/flytoml/seed-fly.toml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static FlyToml seedBuiltInJava() {
    return FlyToml.builder()
        .app("your-app-name")
        .primaryRegion("sjc")
        .build(Build.builder().build())
        .putEnv("NODE_ENV", "production")
        .putEnv("PORT", "3100")
        .putEnv("HOST", "0.0.0.0")
        .putEnv("SERVE_UI", "true")
        .putEnv("PAPERCLIP_HOME", "/paperclip")
        .putEnv("PAPERCLIP_INSTANCE_ID", "default")
        .putEnv("PAPERCLIP_CONFIG", "/paperclip/instances/default/config.json")
        .putEnv("PAPERCLIP_DEPLOYMENT_MODE", "authenticated")
        .putEnv("PAPERCLIP_DEPLOYMENT_EXPOSURE", "private")
        .httpService(HttpService.builder()
            .internalPort(3100)
            .forceHttps(true)
            .autoStopMachines(AutoStopMachines.SUSPEND)
            .autoStartMachines(true)
            .minMachinesRunning(1)
            .addChecks(HttpCheck.builder()
                .gracePeriod(FlyDuration.parse("120s"))
                .interval(FlyDuration.ofSeconds(30))
                .method("GET")
                .path("/api/health")
                .timeout(FlyDuration.ofSeconds(10))
                .putHeaders("Host", "localhost")
                .build())
            .build())
        .addMounts(Mount.builder().source("paperclip_data").destination("/paperclip").build())
        .addVm(Vm.builder().size("shared-cpu-1x").memory(MemorySize.ofMegabytes(1024)).build())
        .build();
  }

  @Test
  void theSeedFlyTomlBuiltInJavaIsWrittenByteForByteAsHandWritten() throws IOException {
    assertThat(FlyTomlWriter.write(seedBuiltInJava())).isEqualTo(seedFlyToml());
  }

  @Test
  void theSeedFlyTomlReadsIntoTheModelBuiltInJava() throws IOException {
    assertThat(FlyTomlReader.read(seedFlyToml())).isEqualTo(seedBuiltInJava());
  }

  @Test
  void aSmallDocumentIsWrittenWithTablesAndArraysOfTablesAsPeopleWriteThem() {
    FlyToml toml = FlyToml.builder()
        .app("demo")
        .killTimeout(FlyDuration.ofSeconds(30))
        .putEnv("PORT", "8080")
        .httpService(HttpService.builder()
            .internalPort(8080)
            .addProcesses("app")
            .concurrency(Concurrency.builder().type("requests").softLimit(20).hardLimit(25).build())
            .addChecks(HttpCheck.builder().path("/health").putHeaders("X-Probe", "fly").build())
            .build())
        .addMounts(Mount.builder().source("a").destination("/a").build(),
            Mount.builder().source("b").destination("/b").build())
        .addVm(Vm.builder().size("performance-1x").build())
        .build();

    assertThat(FlyTomlWriter.write(toml)).isEqualTo("""
        app = "demo"
        kill_timeout = "30s"

        [env]
          PORT = "8080"

        [http_service]
          internal_port = 8080
          processes = ["app"]

        [http_service.concurrency]
          type = "requests"
          hard_limit = 25
          soft_limit = 20

        [[http_service.checks]]
          path = "/health"

          [http_service.checks.headers]
            X-Probe = "fly"

        [[mounts]]
          source = "a"
          destination = "/a"

        [[mounts]]
          source = "b"
          destination = "/b"

        [[vm]]
          size = "performance-1x"
        """);
  }

  @Test
  void topLevelChecksAreWrittenUnderTheirNamesWithoutAnEmptyChecksTable() {
    FlyToml toml = FlyToml.builder()
        .putChecks("alive", TopLevelCheck.builder().type("tcp").port(8080).build())
        .build();

    assertThat(FlyTomlWriter.write(toml)).isEqualTo("""
        [checks.alive]
          port = 8080
          type = "tcp"
        """);
  }

  @Test
  void unknownKeysAreWrittenAfterTheKnownOnesInTheOrderRead() {
    FlyToml toml = FlyTomlReader.read("""
        zeta = 1
        app = "demo"
        alpha = "x"

        [http_service]
          future_option = true
          internal_port = 8080

        [future_table]
          b = 2
          a = [1, 2]
        """);

    assertThat(FlyTomlWriter.write(toml)).isEqualTo("""
        app = "demo"
        zeta = 1
        alpha = "x"

        [http_service]
          internal_port = 8080
          future_option = true

        [future_table]
          b = 2
          a = [1, 2]
        """);
  }

  @Test
  void stringsAndKeysThatNeedQuotingAreEscaped() {
    FlyToml toml = FlyToml.builder()
        .putEnv("MOTD", "say \"hi\"\n\tand a back\\slash")
        .putExtra("odd key", List.of(Map.of("x", 1L)))
        .build();

    assertThat(FlyTomlWriter.write(toml)).isEqualTo("""
        [env]
          MOTD = "say \\"hi\\"\\n\\tand a back\\\\slash"

        [["odd key"]]
          x = 1
        """);
    assertThat(FlyTomlReader.read(FlyTomlWriter.write(toml))).isEqualTo(toml);
  }

  @Test
  void valuesAreWrittenInTheFormTheyWereRead() {
    String text = """
        kill_timeout = 5

        [http_service]
          auto_stop_machines = true

        [[services]]
          internal_port = 8080

          [[services.tcp_checks]]
            interval = 10000

        [mounts]
          source = "data"
          destination = "/data"
          initial_size = 10

        [[vm]]
          memory = 2048
        """;

    assertThat(FlyTomlWriter.write(FlyTomlReader.read(text))).isEqualTo(text);
  }

  @Test
  void anExtraKeyThatRepeatsAKnownKeyIsRefusedRatherThanWrittenTwice() {
    FlyToml toml = FlyToml.builder().app("demo").putExtra("app", "other").build();

    assertThatThrownBy(() -> FlyTomlWriter.write(toml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"app\"")
        .hasMessageContaining("set it with the builder method instead");
  }
}
