package dev.paperclipfly.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class PaperclipConfigTest {
  private static PaperclipConfig.Builder minimal() {
    return PaperclipConfig.builder()
        .meta(ConfigMeta.builder().updatedAt("2026-01-01T00:00:00.000Z").source(ConfigSource.ONBOARD).build())
        .database(DatabaseConfig.builder().build())
        .logging(LoggingConfig.builder().mode(LoggingMode.FILE).build())
        .server(ServerConfig.builder().build());
  }

  @Test
  void accessorsOfAnEmptySectionReturnPaperclipsDefaults() {
    PaperclipConfig config = minimal().build();

    assertThat(config.server().deploymentModeOrDefault()).isEqualTo(DeploymentMode.LOCAL_TRUSTED);
    assertThat(config.server().exposureOrDefault()).isEqualTo(DeploymentExposure.PRIVATE);
    assertThat(config.server().hostOrDefault()).isEqualTo("127.0.0.1");
    assertThat(config.server().allowedHostnamesOrDefault()).isEmpty();
    assertThat(config.database().modeOrDefault()).isEqualTo(DatabaseMode.EMBEDDED_POSTGRES);
    assertThat(config.database().embeddedPostgresPortOrDefault()).isEqualTo(54329);
    assertThat(config.database().backupOrDefault().intervalMinutesOrDefault()).isEqualTo(60);
    assertThat(config.authOrDefault().baseUrlModeOrDefault()).isEqualTo(AuthBaseUrlMode.AUTO);
    assertThat(config.storageOrDefault().s3OrDefault().regionOrDefault()).isEqualTo("us-east-1");
    assertThat(config.secretsOrDefault().localEncryptedOrDefault().keyFilePathOrDefault())
        .isEqualTo("~/.paperclip/instances/default/secrets/master.key");
    assertThat(config.telemetryOrDefault().enabledOrDefault()).isTrue();
  }

  @Test
  void theRawAccessorsOfAnEmptySectionAreEmpty() {
    ServerConfig server = minimal().build().server();

    assertThat(server.port()).isEmpty();
    assertThat(server.allowedHostnames()).isEmpty();
    assertThat(server.deploymentMode()).isEmpty();
  }

  @Test
  void theBindModeIsInferredFromTheHostWhenAbsent() {
    assertThat(ServerConfig.builder().build().bindOrInferred()).isEqualTo(BindMode.LOOPBACK);
    assertThat(ServerConfig.builder().host("::").build().bindOrInferred()).isEqualTo(BindMode.LAN);
    assertThat(ServerConfig.builder().host("10.0.0.5").build().bindOrInferred()).isEqualTo(BindMode.CUSTOM);
    assertThat(ServerConfig.builder().host("0.0.0.0").bind(BindMode.TAILNET).build().bindOrInferred())
        .isEqualTo(BindMode.TAILNET);
  }

  @Test
  void enumsCarryPaperclipsSpelling() {
    assertThat(DatabaseMode.EMBEDDED_POSTGRES.paperclipName()).isEqualTo("embedded-postgres");
    assertThat(DeploymentMode.LOCAL_TRUSTED.paperclipName()).isEqualTo("local_trusted");
    assertThat(SecretProvider.AWS_SECRETS_MANAGER.paperclipName()).isEqualTo("aws_secrets_manager");
  }

  @Test
  void theApiKeyAndTheConnectionStringAreMaskedInToString() {
    PaperclipConfig config = minimal()
        .llm(LlmConfig.builder().provider(LlmProvider.CLAUDE).apiKey(Secret.of("sk-ant-api03-very-secret")).build())
        .database(DatabaseConfig.builder().mode(DatabaseMode.POSTGRES)
            .connectionString(Secret.of("postgres://paperclip:hunter2@db:5432/paperclip")).build())
        .build();

    assertThat(config.toString()).doesNotContain("very-secret").doesNotContain("hunter2").contains("Secret[****]");
  }

  @Test
  void buildingASectionOutsidePaperclipsRangesFailsWithEveryProblem() {
    assertThatThrownBy(() -> DatabaseBackupConfig.builder().intervalMinutes(0).retentionDays(3651).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
            .extracting(Problem::path)
            .containsExactly("database.backup.intervalMinutes", "database.backup.retentionDays"));
  }

  @Test
  void buildingAConfigThatBreaksACrossFieldRuleFailsWithEveryProblem() {
    ServerConfig publicLan = ServerConfig.builder().exposure(DeploymentExposure.PUBLIC).bind(BindMode.LAN).build();

    assertThatThrownBy(() -> minimal().server(publicLan).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
            .extracting(Problem::path)
            .containsExactly("server.exposure", "server.bind", "auth.baseUrlMode", "auth.publicBaseUrl"));
  }

  @Test
  void buildingAnAllowListWithAnEmptyHostnameFailsAtThatEntry() {
    assertThatThrownBy(() -> ServerConfig.builder().allowedHostnames(List.of("a", "")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("server.allowedHostnames[1]");
  }

  @Test
  void anExtraKeyThatNamesAKnownKeyIsRefused() {
    assertThatThrownBy(() -> ServerConfig.builder().putExtra("port", JsonNodeFactory.instance.numberNode(3100)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("server.port").hasMessageContaining("port(...)");
  }

  @Test
  void theBuilderDoesNotApplyTheSdkOnlyChecksButValidateDoes() {
    PaperclipConfig config = minimal().database(DatabaseConfig.builder().mode(DatabaseMode.POSTGRES).build()).build();

    assertThat(config.validate().errors()).extracting(Problem::path).containsExactly("database.connectionString");
    assertThat(config.validate(ValidationOptions.paperclipCompatible()).isValid()).isTrue();
  }

  @Test
  void aWithCopyChangesOneValueAndKeepsTheRest() {
    PaperclipConfig config = PaperclipConfigJson.read(PaperclipConfigJsonTest.resource("seed-config.json"));

    PaperclipConfig moved = config.withServer(config.server().withPort(3200));

    assertThat(moved.server().portOrDefault()).isEqualTo(3200);
    assertThat(moved.withServer(config.server())).isEqualTo(config);
  }

  @Test
  void metaStampsTheTimeAsJavaScriptsToIsoStringWritesIt() {
    ConfigMeta meta = ConfigMeta.of(java.time.Instant.parse("2026-03-16T00:00:00Z"), ConfigSource.ONBOARD);

    assertThat(meta.updatedAt()).isEqualTo("2026-03-16T00:00:00.000Z");
    assertThat(meta.version()).isEqualTo(1);
  }

  @Test
  void theAllowListIsCopiedSoChangingTheCallersListChangesNothing() {
    java.util.List<String> hosts = new java.util.ArrayList<>(List.of("paperclip.example.ts.net"));
    ServerConfig server = ServerConfig.builder().allowedHostnames(hosts).build();

    hosts.add("attacker.example");

    assertThat(server.allowedHostnamesOrDefault()).containsExactly("paperclip.example.ts.net");
  }
}
