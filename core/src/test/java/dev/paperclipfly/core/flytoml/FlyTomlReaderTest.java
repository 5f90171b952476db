package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Older and alternative shapes flyctl still accepts are read into the one model shape. */
class FlyTomlReaderTest {

  @Test
  void envAsAListOfTablesIsMergedAndNonStringValuesBecomeText() {
    FlyToml toml = FlyTomlReader.read("""
        [[env]]
          A = "1"
        [[env]]
          B = 2
          C = true
        """);

    assertThat(toml.env()).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"), Map.entry("C", "true"));
  }

  @Test
  void processesAsAListWithNameAndCommandBecomeATable() {
    FlyToml toml = FlyTomlReader.read("""
        [[processes]]
        name = "web"
        command = "./web"

        [[processes]]
        name = "worker"
        command = "./worker"
        """);

    assertThat(toml.processes()).containsExactly(Map.entry("web", "./web"), Map.entry("worker", "./worker"));
  }

  @Test
  void aSingleServicesTableWithStringPortsAndOldConcurrencyIsRead() {
    FlyToml toml = FlyTomlReader.read("""
        [services]
          internal_port = "8080"
          concurrency = "12,23"
          [services.ports]
            port = "80"
        """);

    Service service = toml.services().get(0);
    assertThat(service.internalPort()).hasValue(8080);
    assertThat(service.ports().get(0).port()).hasValue(80);
    assertThat(service.concurrency()).hasValue(
        Concurrency.builder().type("requests").softLimit(12).hardLimit(23).build());
  }

  @Test
  void aServicesSectionWithoutKeysIsIgnoredAsFlyctlDoes() {
    assertThat(FlyTomlReader.read("app = \"foo\"\n[[services]]\n").services()).isEmpty();
  }

  @Test
  void checkHeadersAsAListOfNameAndValueBecomeATable() {
    FlyToml toml = FlyTomlReader.read("""
        [[services]]
          internal_port = 8080
          [[services.http_checks]]
            [[services.http_checks.headers]]
              name = "origin"
              value = "http://localhost:8000"
        """);

    assertThat(toml.services().get(0).httpChecks().get(0).headers())
        .containsExactly(Map.entry("origin", "http://localhost:8000"));
  }

  @Test
  void topLevelChecksAsAListWithNamesAreKeyedByName() {
    FlyToml toml = FlyTomlReader.read("""
        [[checks]]
          name = "alive"
          type = "tcp"
          port = 8080
        """);

    assertThat(toml.checks()).containsOnlyKeys("alive");
    assertThat(toml.checks().get("alive").port()).hasValue(8080);
  }

  @Test
  void singularMountComputeAndMetricTablesAreRead() {
    FlyToml toml = FlyTomlReader.read("""
        [mount]
          source = "data"
          destination = "/data"

        [compute]
          size = "shared-cpu-2x"

        [metric]
          port = 9091
        """);

    assertThat(toml.mounts()).extracting(m -> m.source().orElseThrow()).containsExactly("data");
    assertThat(toml.vm()).extracting(v -> v.size().orElseThrow()).containsExactly("shared-cpu-2x");
    assertThat(toml.metrics()).extracting(m -> m.port().orElseThrow()).containsExactly(9091);
  }

  @Test
  void experimentalCommandsAsStringsAndPromotedKeysAreRead() {
    FlyToml toml = FlyTomlReader.read("""
        [experimental]
          exec = "/exec"
          kill_timeout = 7
          metrics_port = 9091
          metrics_path = "/metrics"
        """);

    assertThat(toml.experimental().orElseThrow().exec()).containsExactly("/exec");
    assertThat(toml.killTimeout().orElseThrow().toDuration()).hasSeconds(7);
    assertThat(toml.metrics()).containsExactly(Metrics.builder().port(9091).path("/metrics").build());
  }

  @Test
  void buildTargetWithAnUnderscoreIsReadAsBuildTarget() {
    assertThat(FlyTomlReader.read("[build]\nbuild_target = \"thalayer\"\n").build().orElseThrow().buildTarget())
        .hasValue("thalayer");
  }

  @Test
  void unknownKeysAreKeptAtEveryLevel() {
    FlyToml toml = FlyTomlReader.read("""
        future = "top"
        [http_service]
          internal_port = 8080
          [[http_service.checks]]
            future_check_option = 3
        [[vm]]
          future_vm_option = ["a"]
        """);

    assertThat(toml.extra()).containsExactly(Map.entry("future", "top"));
    assertThat(toml.httpService().orElseThrow().checks().get(0).extra())
        .containsExactly(Map.entry("future_check_option", 3L));
    assertThat(toml.vm().get(0).extra()).containsExactly(Map.entry("future_vm_option", List.of("a")));
  }

  @Test
  void tomlSyntaxErrorsAreAllReportedWithLineAndColumn() {
    assertThatThrownBy(() -> FlyTomlReader.read("app = \"a\"\napp = \"b\"\nprimary_region = \n"))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessageContaining("is not valid TOML")
        .hasMessageContaining("line 2")
        .hasMessageContaining("line 3");
  }

  @Test
  void aValueOfTheWrongTypeIsAnErrorNamingTheField() {
    assertThatThrownBy(() -> FlyTomlReader.read("[http_service]\n  internal_port = [1]\n"))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessageStartingWith("fly.toml: http_service.internal_port: ");
  }

  @Test
  void aPortThatIsNoNumberIsAnErrorNamingTheField() {
    assertThatThrownBy(() -> FlyTomlReader.read("[[services]]\n  internal_port = \"web\"\n"))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessage("fly.toml: services[0].internal_port: \"web\" is not a port number: write a whole number");
  }
}
