package dev.paperclipfly.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.config.PaperclipConfigJson;
import dev.paperclipfly.core.config.ValidationOptions;
import dev.paperclipfly.templates.internal.ConfigJsonModel;
import dev.paperclipfly.templates.internal.FlyTomlModel;
import dev.paperclipfly.templates.lint.BundleLinter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the rendered bundle contains, one handled gotcha per test. */
class RenderedBundleTest {
  private static final Bundle DEFAULT = BundleRenderer.builder().build().render(Deployments.minimal());
  private static final Bundle EVERY_OPTION = BundleRenderer.builder().build().render(Deployments.everyOption());

  private static String text(Bundle b, String path) {
    return b.text(path).orElseThrow();
  }

  /** The file without its # comment lines, which may name what the code avoids. */
  private static String code(Bundle b, String path) {
    return text(b, path).lines().filter(l -> !l.stripLeading().startsWith("#"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static TomlParseResult flyToml(Bundle b) {
    return Toml.parse(text(b, "fly.toml"));
  }

  private static JsonNode config(Bundle b) {
    return JsonMapper.builder().build().readTree(text(b, "docker/config.json"));
  }

  private static TomlTable healthCheck(Bundle b) {
    return flyToml(b).getArray("http_service.checks").getTable(0);
  }

  @Test
  void theBundleHasTheSixFilesInAFixedOrder() {
    assertThat(DEFAULT.paths()).containsExactly(
        "Dockerfile", "docker/config.json", "docker/start.sh", "fly.toml", ".dockerignore", "DEPLOY.md");
  }

  @Test
  void renderingTwiceGivesIdenticalBytesWithLfLineEnds() {
    Bundle again = BundleRenderer.builder().build().render(Deployments.minimal());
    for (String path : DEFAULT.paths()) {
      assertThat(Arrays.equals(DEFAULT.bytes(path).orElseThrow(), again.bytes(path).orElseThrow())).as(path).isTrue();
      assertThat(text(DEFAULT, path)).as(path).doesNotContain("\r");
    }
  }

  @Test
  void configUpdatedAtIsFixedUnlessTheUserSuppliesIt() {
    assertThat(config(DEFAULT).path("$meta").path("updatedAt").asString()).isEqualTo("1970-01-01T00:00:00.000Z");
    Bundle dated = BundleRenderer.builder().build()
        .render(Deployments.minimal().withConfigUpdatedAt(Instant.parse("2026-03-16T12:34:56.789123Z")));
    assertThat(config(dated).path("$meta").path("updatedAt").asString()).isEqualTo("2026-03-16T12:34:56.789Z");
  }

  @Test
  void theRenderedBundlesPassEveryLintRule() {
    assertThat(BundleLinter.create().lint(DEFAULT)).isEmpty();
    assertThat(BundleLinter.create().lint(EVERY_OPTION)).isEmpty();
  }

  @Test
  void configUsesSystemPostgresqlThroughConnectionStringNotUrl() {
    JsonNode db = config(DEFAULT).path("database");
    assertThat(db.path("mode").asString()).isEqualTo("postgres");
    assertThat(db.has("url")).isFalse();
    assertThat(db.path("connectionString").asString()).isEqualTo("postgres://paperclip@127.0.0.1:5432/paperclip");
  }

  @Test
  void configJsonIsWrittenByCoresTypedModelAndReadsBackEqual() {
    for (PaperclipDeployment d : List.of(Deployments.minimal(), Deployments.everyOption())) {
      Bundle b = BundleRenderer.builder().build().render(d);
      assertThat(PaperclipConfigJson.read(text(b, "docker/config.json"), ValidationOptions.paperclipCompatible()))
          .isEqualTo(ConfigJsonModel.of(d));
    }
  }

  @Test
  void configHasMetaVersionOne() {
    assertThat(config(DEFAULT).path("$meta").path("version").asInt()).isEqualTo(1);
  }

  @Test
  void configChoosesTheListenAddressWithServerBindAndNothingSetsHost() {
    assertThat(config(DEFAULT).path("server").path("bind").asString()).isEqualTo("lan");
    assertThat(text(DEFAULT, "Dockerfile")).doesNotContainPattern("(?m)^\\s*HOST=|\\sHOST=");
    assertThat(flyToml(DEFAULT).getTable("env")).isNull();
  }

  @Test
  void everyPathInConfigIsAbsoluteUnderTheVolume() {
    JsonNode c = config(DEFAULT);
    assertThat(List.of(
        c.path("database").path("backup").path("dir").asString(),
        c.path("logging").path("logDir").asString(),
        c.path("storage").path("localDisk").path("baseDir").asString(),
        c.path("secrets").path("localEncrypted").path("keyFilePath").asString()))
        .allSatisfy(p -> assertThat(p).startsWith("/paperclip/instances/default/"));
  }

  @Test
  void s3StorageIsRenderedWithItsEndpointAndNoCredentials() {
    JsonNode storage = config(EVERY_OPTION).path("storage");
    assertThat(storage.path("provider").asString()).isEqualTo("s3");
    assertThat(storage.path("s3").path("bucket").asString()).isEqualTo("acme-paperclip");
    assertThat(storage.path("s3").path("endpoint").asString()).isEqualTo("https://fly.storage.tigris.dev");
    assertThat(text(EVERY_OPTION, "DEPLOY.md")).contains("{ printf 'AWS_ACCESS_KEY_ID='; cat; } | flyctl secrets import", "{ printf 'AWS_SECRET_ACCESS_KEY='; cat; } | flyctl secrets import");
  }

  @Test
  void theHealthCheckSendsHostLocalhost() {
    assertThat(healthCheck(DEFAULT).getString("headers.Host")).isEqualTo("localhost");
    assertThat(healthCheck(DEFAULT).getString("path")).isEqualTo("/api/health");
  }

  @Test
  void theSlowFirstBootIsCoveredByTheLongestGracePeriodFlyHonoursAndTheDeployWait() {
    // Fly lowers a service check's grace period above 1m to 1m, so "120s" would promise time it never gives.
    assertThat(healthCheck(DEFAULT).getString("grace_period")).isEqualTo("1m");
    assertThat(flyToml(DEFAULT).getString("deploy.wait_timeout")).isEqualTo("10m");
  }

  @Test
  void flyTomlReadsBackAsCoresTypedModelWithNoValidatorProblem() {
    for (PaperclipDeployment d : List.of(Deployments.minimal(), Deployments.everyOption())) {
      Bundle b = BundleRenderer.builder().build().render(d);
      FlyTomlModel.Checked checked = FlyTomlModel.read(text(b, "fly.toml"));
      assertThat(checked.toml()).isEqualTo(FlyTomlModel.of(d));
      assertThat(checked.problems().problems()).isEmpty();
    }
  }

  @Test
  void theVmHasAtLeast1024Mb() {
    assertThat(flyToml(DEFAULT).getArray("vm").getTable(0).getString("memory")).isEqualTo("1024mb");
    assertThat(flyToml(EVERY_OPTION).getArray("vm").getTable(0).getString("memory")).isEqualTo("2048mb");
  }

  @Test
  void theMachineKeepsRunningBecauseTailscaleTrafficIsInvisibleToFlysProxy() {
    TomlParseResult fly = flyToml(DEFAULT);
    assertThat(fly.getString("http_service.auto_stop_machines")).isEqualTo("off");
    assertThat(fly.getLong("http_service.min_machines_running")).isEqualTo(1L);
    assertThat(text(DEFAULT, "DEPLOY.md")).contains("Tailscale traffic").contains("suspend");
  }

  @Test
  void forceHttpsIsOffBecauseFlycastIsHttpOnlyAndTailscaleServeTerminatesTls() {
    assertThat(flyToml(DEFAULT).getBoolean("http_service.force_https")).isFalse();
    assertThat(text(DEFAULT, "fly.toml")).contains("Flycast").contains("tailscale serve");
    assertThat(text(DEFAULT, "DEPLOY.md")).contains("force_https = false").contains("Flycast is plain HTTP");
  }

  @Test
  void theVolumeIsMountedWhereTheConfigPointsAndTheTailnetSuffixIsAnEnvValue() {
    assertThat(flyToml(DEFAULT).getString("mounts.source")).isEqualTo("paperclip_data");
    assertThat(flyToml(DEFAULT).getString("mounts.destination")).isEqualTo("/paperclip");
    assertThat(flyToml(EVERY_OPTION).getString("env.TAILNET_DNS")).isEqualTo("tail1234ab.ts.net");
  }

  @Test
  void theImageIsAPinnedNode24() {
    assertThat(code(DEFAULT, "Dockerfile")).contains("FROM docker.io/library/node:24.22.3-trixie-slim")
        .doesNotContain("lts").doesNotContain("latest");
  }

  @Test
  void tailscaleComesFromAPinnedImageNotCurlPipedToSh() {
    assertThat(code(DEFAULT, "Dockerfile"))
        .contains("FROM docker.io/tailscale/tailscale:v1.88.1 AS tailscale")
        .contains("COPY --from=tailscale /usr/local/bin/tailscaled /usr/local/bin/tailscaled")
        .doesNotContainPattern("curl[^\\n]*\\|\\s*sh");
  }

  @Test
  void paperclipAndTheAgentClisArePinned() {
    assertThat(text(DEFAULT, "Dockerfile"))
        .contains("npm install -g --no-fund --no-audit paperclipai@2026.916.1 @anthropic-ai/claude-code@2.1.332 \\");
    assertThat(text(EVERY_OPTION, "Dockerfile")).contains("@openai/codex@0.171.0");
  }

  @Test
  void theImageInstallsSystemPostgresqlOnlyWhenTheDatabaseIsLocal() {
    assertThat(text(DEFAULT, "Dockerfile")).contains("postgresql postgresql-client");
    assertThat(text(EVERY_OPTION, "Dockerfile")).doesNotContain("postgresql postgresql-client").contains("postgresql-client");
    assertThat(text(EVERY_OPTION, "docker/start.sh")).doesNotContain("initdb").contains("DATABASE_URL is not set");
  }

  @Test
  void configIsStashedOutsideTheVolumeAndCopiedOnlyWhenAbsent() {
    assertThat(text(DEFAULT, "Dockerfile")).contains("COPY docker/config.json /etc/paperclip/config.json");
    assertThat(text(DEFAULT, "docker/start.sh")).contains(
        "if [ ! -f \"$PAPERCLIP_CONFIG\" ]; then\n"
            + "  log \"copying $STASH_DIR/config.json to $PAPERCLIP_CONFIG\"\n"
            + "  cp \"$STASH_DIR/config.json\" \"$PAPERCLIP_CONFIG\"\n"
            + "fi");
  }

  @Test
  void theEntrypointSwitchesUsersWithRunuserNeverSu() {
    String sh = text(DEFAULT, "docker/start.sh");
    assertThat(sh).contains("runuser -u \"$RUNTIME_USER\" --").contains("runuser -u postgres --");
    assertThat(code(DEFAULT, "docker/start.sh")).doesNotContainPattern("(?m)(^|\\s)su\\s");
  }

  @Test
  void tailscaledRunsInTunModeWithStatedir() {
    String sh = text(DEFAULT, "docker/start.sh");
    assertThat(sh).contains("tailscaled --statedir=\"$TS_STATE_DIR\"")
        .contains("[ -e \"$TUN_DEVICE\" ] || fail")
        .doesNotContain("userspace-networking")
        .doesNotContain("--state=");
  }

  @Test
  void postgresqlBinariesAreFoundWithPgConfigBindir() {
    assertThat(text(DEFAULT, "docker/start.sh")).contains("PG_BIN=\"${PAPERCLIP_PG_BIN:-$(pg_config --bindir)}\"")
        .doesNotContainPattern("/usr/lib/postgresql/\\d+");
  }

  @Test
  void postgresqlUsesAGeneratedPasswordWithScramAndNeverTrust() {
    String sh = text(DEFAULT, "docker/start.sh");
    assertThat(sh).contains("--auth-local=peer --auth-host=scram-sha-256")
        .contains("od -An -N32 -tx1 /dev/urandom")
        .contains("chmod 0600 \"$PG_PASSWORD_FILE\"");
    assertThat(code(DEFAULT, "docker/start.sh")).doesNotContain("trust");
  }

  @Test
  void theEntrypointAlwaysSetsPaperclipConfigAndAutoAppliesMigrations() {
    String sh = text(DEFAULT, "docker/start.sh");
    assertThat(sh).contains("export PAPERCLIP_CONFIG=\"$INSTANCE_DIR/config.json\"")
        .contains("export PAPERCLIP_MIGRATION_AUTO_APPLY=true");
    assertThat(text(DEFAULT, "Dockerfile")).contains("PAPERCLIP_CONFIG=/paperclip/instances/default/config.json")
        .contains("PAPERCLIP_MIGRATION_AUTO_APPLY=true");
  }

  @Test
  void theEntrypointRequiresBothSigningSecrets() {
    assertThat(text(DEFAULT, "docker/start.sh"))
        .contains("[ -n \"${BETTER_AUTH_SECRET:-}\" ] || fail")
        .contains("[ -n \"${PAPERCLIP_AGENT_JWT_SECRET:-}\" ] || fail");
  }

  @Test
  void bootstrapWaitsForHealthAndTrustsOnlyAnInviteUrlOrAnExistingAdmin() {
    String sh = text(DEFAULT, "docker/start.sh");
    assertThat(sh).contains("curl -fsS --max-time 5 -H 'Host: localhost' \"http://127.0.0.1:$PORT/api/health\"")
        .contains("grep -o 'https*://[^ ]*/invite/pcp_bootstrap_[0-9a-f]*'")
        .contains("Instance already has an admin user")
        .doesNotContain("sleep 10");
  }

  @Test
  void signUpClosesOnlyAfterTheFirstAdminExistsAndOnlyWhenAskedTo() {
    assertThat(text(DEFAULT, "docker/start.sh")).contains(
        "if [ -f \"$ADMIN_MARKER\" ]; then\n  export PAPERCLIP_AUTH_DISABLE_SIGN_UP=true\nfi");
    Bundle open = BundleRenderer.builder().build().render(Deployments.minimal().withCloseSignUpAfterBootstrap(false));
    assertThat(text(open, "docker/start.sh")).doesNotContain("PAPERCLIP_AUTH_DISABLE_SIGN_UP");
  }

  @Test
  void deployMdListsTheCommandsInOrder() {
    String md = text(DEFAULT, "DEPLOY.md");
    assertThat(md).containsSubsequence(
        "flyctl apps create 'my-paperclip' --org 'personal'",
        "flyctl volumes create 'paperclip_data' --app 'my-paperclip' --region 'sjc' --size 1 --yes",
        "flyctl ips allocate-v6 --private --app 'my-paperclip'",
        "printf 'BETTER_AUTH_SECRET=%s\\n' \"$(openssl rand -hex 32)\" | flyctl secrets import",
        "printf 'PAPERCLIP_AGENT_JWT_SECRET=%s\\n' \"$(openssl rand -hex 32)\" | flyctl secrets import",
        "{ printf 'TAILSCALE_AUTH_KEY='; cat; } | flyctl secrets import",
        "{ printf 'TAILNET_DNS='; cat; } | flyctl secrets import",
        "{ printf 'CLAUDE_CODE_OAUTH_TOKEN='; cat; } | flyctl secrets import",
        "flyctl deploy --app 'my-paperclip' --no-public-ips",
        "grep 'admin invite URL'");
  }

  @Test
  void deployMdPassesEverySecretOnStdinNeverOnACommandLine() {
    String md = text(EVERY_OPTION, "DEPLOY.md");
    assertThat(md).doesNotContain("secrets set").doesNotContain("=\"$(cat)\"");
    List<String> imports = md.lines().filter(l -> l.contains("| flyctl secrets import")).toList();
    assertThat(imports).allMatch(l -> l.startsWith("printf '") || l.startsWith("{ printf '"));
    assertThat(Deployments.everyOption().expectedSecrets()).allSatisfy(secret ->
        assertThat(imports).anyMatch(l -> l.contains("printf '" + secret.name() + "=")));
  }

  @Test
  void deployMdAsksForAReusableKeyAndForMagicDnsAndHttps() {
    assertThat(text(DEFAULT, "DEPLOY.md")).contains("**Reusable**").contains("single-use key")
        .contains("**MagicDNS**").contains("**HTTPS certificates**");
  }

  @Test
  void noSecretValueReachesAnyRenderedFile() {
    for (String path : EVERY_OPTION.paths()) {
      assertThat(new String(EVERY_OPTION.bytes(path).orElseThrow(), StandardCharsets.UTF_8)).as(path)
          .doesNotContain(Deployments.EXTERNAL_DB_PASSWORD)
          .doesNotContain("db.example");
    }
    assertThat(text(EVERY_OPTION, "DEPLOY.md")).contains("{ printf 'DATABASE_URL='; cat; } | flyctl secrets import");
  }

  @Test
  void expectedSecretsNameEverythingTheDeploymentReads() {
    assertThat(Deployments.everyOption().expectedSecrets()).extracting(ExpectedSecret::name).containsExactly(
        "BETTER_AUTH_SECRET", "PAPERCLIP_AGENT_JWT_SECRET", "TAILSCALE_AUTH_KEY", "DATABASE_URL",
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "CLAUDE_CODE_OAUTH_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY");
    assertThat(text(EVERY_OPTION, "DEPLOY.md")).contains("{ printf 'ANTHROPIC_API_KEY='; cat; } | flyctl secrets import", "{ printf 'OPENAI_API_KEY='; cat; } | flyctl secrets import");
  }

  @Test
  void dockerignoreKeepsLocalFilesOutOfTheBuildContext() {
    assertThat(text(DEFAULT, ".dockerignore")).contains("*\n!docker/config.json\n!docker/start.sh");
  }
}
