package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Written fly.toml, read back by another TOML parser (Jackson's), against SchemaStore's fly.json: the
 * schema editors and taplo use. The schema lags flyctl in places; those gaps are asserted by name.
 */
class FlyTomlSchemaStoreTest {
  private static Schema flyJson;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = FlyTomlSchemaStoreTest.class.getResourceAsStream("/flytoml/schemastore-fly.json")) {
      flyJson = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  private static List<String> schemaErrors(FlyToml toml) {
    return flyJson.validate(new TomlMapper().readTree(FlyTomlWriter.write(toml))).stream()
        .map(Error::toString)
        .toList();
  }

  private static FlyToml seed() throws IOException {
    try (InputStream in = FlyTomlSchemaStoreTest.class.getResourceAsStream("/flytoml/seed-fly.toml")) {
      return FlyTomlReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theWrittenSeedMeetsTheSchema() throws IOException {
    assertThat(schemaErrors(seed())).isEmpty();
  }

  @Test
  void theOlderBooleanAutoStopFlyctlStillAcceptsIsTheOneGapWithTheSchema() throws IOException {
    FlyToml seed = seed();
    FlyToml withBoolean = seed.withHttpService(seed.httpService().orElseThrow()
        .withAutoStopMachines(AutoStopMachines.fromBoolean(true)));

    assertThat(schemaErrors(withBoolean)).isNotEmpty()
        .allSatisfy(e -> assertThat(e).startsWith("/http_service/auto_stop_machines: "));
  }

  @Test
  void servicesWithPortsChecksMountsAndVmsAreWrittenInShapesTheSchemaAccepts() {
    FlyToml toml = FlyTomlReader.read("""
        app = "raw-tcp"
        kill_signal = "SIGTERM"
        kill_timeout = 5
        [[services]]
          protocol = "tcp"
          internal_port = 5432
          [services.concurrency]
            type = "connections"
            soft_limit = 20
            hard_limit = 25
          [[services.ports]]
            port = 5432
            handlers = ["pg_tls"]
          [[services.tcp_checks]]
            interval = 15000
            timeout = "2s"
        [[mounts]]
          source = "pg_data"
          destination = "/data"
          processes = ["app"]
        [[vm]]
          size = "performance-2x"
          memory = 8192
        [[metrics]]
          port = 9187
          path = "/metrics"
        """);

    assertThat(schemaErrors(toml)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.paperclipfly.core.flytoml.FlyTomlRoundTripTest#flyctlTestFiles")
  void writingAFlyctlTestFileNeverAddsSchemaErrors(Path file) throws IOException {
    String original = Files.readString(file);
    int originalErrors = flyJson.validate(new TomlMapper().readTree(original)).size();

    assertThat(schemaErrors(FlyTomlReader.read(original))).hasSizeLessThanOrEqualTo(originalErrors);
  }

  @Test
  void theSchemaCatchesAWrongTypeSoTheCheckAboveCanFail() {
    FlyToml toml = FlyToml.builder().putExtra("swap_size_mb", "lots").build();

    assertThat(schemaErrors(toml)).singleElement().asString().contains("/swap_size_mb");
  }
}
