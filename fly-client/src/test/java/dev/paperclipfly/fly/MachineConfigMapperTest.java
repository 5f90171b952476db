package dev.paperclipfly.fly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.testing.RealTools;
import dev.paperclipfly.core.validation.ValidationException;
import dev.paperclipfly.fly.internal.FlyJson;
import dev.paperclipfly.fly.model.DnsConfig;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.MachineGuest;
import dev.paperclipfly.fly.model.MachineInit;
import dev.paperclipfly.fly.model.MachineMount;
import dev.paperclipfly.fly.model.MachineRestart;
import dev.paperclipfly.fly.testkit.FlyApiStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expected configs come from flyctl's own tests of the same files
 * ({@code internal/appconfig/machines_test.go}), minus {@code fly_flyctl_version}, which only flyctl sets.
 */
class MachineConfigMapperTest {
  private static final JsonMapper JSON = FlyJson.mapper();

  private static MachineConfigMapper testdata(String name) throws IOException {
    Path file = RealTools.sharedDir().resolve("reference").resolve("flyctl-testdata").resolve(name);
    return MachineConfigMapper.parse(Files.readString(file));
  }

  private static JsonNode json(MachineConfig config) {
    JsonNode tree = JSON.valueToTree(config);
    // Every config the mapper makes must be one the API accepts.
    assertThat(FlyApiStub.spec().validate(FlyApiStub.spec().ref("fly.MachineConfig"), tree)).isEmpty();
    return tree;
  }

  @Test
  void tomachineTomlBecomesTheConfigFlyctlProduces() throws IOException {
    MachineConfig config = testdata("tomachine.toml").toMachineConfig("");

    assertThat(json(config)).isEqualTo(JSON.readTree("""
        {
          "env": {"FOO": "BAR", "FLY_PROCESS_GROUP": "app", "PRIMARY_REGION": "mia"},
          "services": [{
            "protocol": "tcp", "internal_port": 8080,
            "ports": [{"port": 80, "handlers": ["http"], "force_https": true},
                      {"port": 443, "handlers": ["http", "tls"]}]
          }],
          "metadata": {"fly_platform_version": "v2", "fly_process_group": "app"},
          "metrics": {"port": 9999, "path": "/metrics"},
          "statics": [{"guest_path": "/guest/path", "url_prefix": "/url/prefix",
                       "tigris_bucket": "example-bucket", "index_document": "index.html"}],
          "mounts": [{"name": "data", "path": "/data"}],
          "checks": {
            "listening": {"port": 8080, "type": "tcp"},
            "status": {"port": 8080, "type": "http", "interval": "10s", "timeout": "1s", "path": "/status"}
          },
          "stop_config": {"timeout": "10s", "signal": "SIGTERM"},
          "init": {"swap_size_mb": 512},
          "restart": {"policy": "always"},
          "dns": {"nameservers": ["1.2.3.4"]}
        }"""));
  }

  @Test
  void updatingAnExistingMachineKeepsMachineOnlyFieldsAndReplacesManagedOnes() throws IOException {
    MachineConfig existing = MachineConfig.builder()
        .guest(MachineGuest.builder().cpus(3).build())
        .schedule("24/7")
        .autoDestroy(true)
        .restart(MachineRestart.builder().policy("always").build())
        .dns(DnsConfig.builder().skipRegistration(true).build())
        .putEnv("removed", "by-update")
        .addMounts(MachineMount.builder().name("removed").path("/by/update").build())
        .putMetadata("retain", "propagated")
        .init(MachineInit.builder().addCmd("removed", "by", "update").build())
        .build();

    MachineConfig config = testdata("tomachine.toml").toMachineConfig("", existing);

    assertThat(config.env()).containsOnlyKeys("FOO", "FLY_PROCESS_GROUP", "PRIMARY_REGION");
    assertThat(config.guest()).contains(MachineGuest.builder().cpus(3).build());
    assertThat(config.schedule()).contains("24/7");
    assertThat(config.autoDestroy()).contains(true);
    assertThat(config.dns()).contains(DnsConfig.builder().skipRegistration(true).addNameservers("1.2.3.4").build());
    assertThat(config.metadata()).containsEntry("retain", "propagated").containsEntry("fly_process_group", "app");
    assertThat(config.init().orElseThrow().cmd()).isEmpty();
    assertThat(config.mounts()).extracting(m -> m.name().orElseThrow()).containsExactly("data");
  }

  @Test
  void anExistingMachinesVolumeIdIsKeptForTheSameVolumeName() throws IOException {
    MachineConfig existing = MachineConfig.builder()
        .addMounts(MachineMount.builder().name("data").path("/old").volume("vol_123").build()).build();

    MachineConfig config = testdata("tomachine.toml").toMachineConfig("app", existing);

    assertThat(config.mounts()).singleElement().satisfies(m -> {
      assertThat(m.volume()).contains("vol_123");
      assertThat(m.path()).contains("/data");
    });
  }

  @Test
  void experimentalCmdEntrypointAndExecGoToInitUnlessTheGroupHasACommand() throws IOException {
    MachineConfig config = testdata("tomachine-experimental.toml").toMachineConfig("");

    assertThat(config.init().orElseThrow()).isEqualTo(MachineInit.builder()
        .addCmd("/call", "me").addEntrypoint("/IgoFirst").addExec("ignore", "others").build());
  }

  @Test
  void eachProcessGroupGetsItsCommandServicesAndChecks() throws IOException {
    MachineConfigMapper mapper = testdata("tomachine-processgroups.toml");

    assertThat(mapper.processGroups()).containsExactly("app", "foo", "vpn");
    JsonNode app = json(mapper.toMachineConfig("app"));
    JsonNode vpn = json(mapper.toMachineConfig("vpn"));
    JsonNode foo = json(mapper.toMachineConfig("foo"));

    assertThat(app.path("init")).isEqualTo(JSON.readTree("{\"cmd\": [\"run-nginx\"]}"));
    assertThat(app.path("services")).isEqualTo(JSON.readTree("""
        [{"protocol": "tcp", "internal_port": 8080,
          "ports": [{"port": 80, "handlers": ["http"]}, {"port": 443, "handlers": ["http", "tls"]}]},
         {"protocol": "tcp", "internal_port": 1111}]"""));
    assertThat(app.path("checks")).isEqualTo(JSON.readTree("{\"listening\": {\"port\": 8080, \"type\": \"tcp\"}}"));
    assertThat(vpn.path("init")).isEqualTo(JSON.readTree("{\"cmd\": [\"run-tailscale\"]}"));
    assertThat(vpn.path("services")).isEqualTo(JSON.readTree(
        "[{\"protocol\": \"udp\", \"internal_port\": 9999}, {\"protocol\": \"tcp\", \"internal_port\": 1111}]"));
    assertThat(vpn.has("checks")).isFalse();
    assertThat(foo.path("init")).isEqualTo(JSON.readTree("{\"cmd\": [\"keep\", \"me\", \"alive\"]}"));
    assertThat(foo.path("services")).isEqualTo(JSON.readTree("[{\"protocol\": \"tcp\", \"internal_port\": 1111}]"));
    assertThat(foo.path("metadata").path("fly_process_group").asString()).isEqualTo("foo");
  }

  @Test
  void aTopLevelCheckWithoutPortTakesTheHttpServicePort() throws IOException {
    JsonNode config = json(testdata("tomachine-default-for-new-apps.toml").toMachineConfig(""));

    assertThat(config).isEqualTo(JSON.readTree("""
        {
          "env": {"FLY_PROCESS_GROUP": "app", "PRIMARY_REGION": "ord"},
          "services": [{"protocol": "tcp", "internal_port": 8080,
                        "ports": [{"port": 80, "handlers": ["http"], "force_https": true},
                                  {"port": 443, "handlers": ["http", "tls"]}]}],
          "metadata": {"fly_platform_version": "v2", "fly_process_group": "app"},
          "checks": {"alive": {"port": 8080, "type": "tcp", "interval": "15s", "timeout": "2s", "grace_period": "5s"}}
        }"""));
  }

  @Test
  void aTopLevelCheckWithoutPortAndWithoutHttpServiceIsAnError() {
    MachineConfigMapper mapper = MachineConfigMapper.parse("""
        app = "foo"
        [checks.alive]
          type = "tcp"
        """);

    assertThatThrownBy(() -> mapper.toMachineConfig(""))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("checks.alive.port")
        .hasMessageContaining("has no port set");
  }

  @Test
  void groupsWithoutAVmSectionKeepTheirGuestAndSizesExpandToPresets() throws IOException {
    MachineConfigMapper mapper = testdata("tomachine-compute-nodefault.toml");

    assertThat(mapper.toMachineConfig("app").guest()).isEmpty();
    assertThat(mapper.toMachineConfig("woo").guest()).isEmpty();
    assertThat(mapper.toMachineConfig("bar").guest())
        .contains(MachineGuest.builder().cpuKind("performance").cpus(4).memoryMb(8192).build());
  }

  @Test
  void hostDedicationIdComesFromTheVmSectionOrTheTopLevel() throws IOException {
    MachineConfigMapper mapper = testdata("tomachine-hostdedicationid.toml");

    assertThat(mapper.toMachineConfig("front").guest()).isEmpty();
    assertThat(mapper.toMachineConfig("back").guest()).contains(MachineGuest.builder()
        .cpuKind("shared").cpus(1).memoryMb(256).hostDedicationId("specific").build());
    assertThat(mapper.toMachineConfig("other").guest()).contains(MachineGuest.builder()
        .cpuKind("shared").cpus(4).memoryMb(1024).hostDedicationId("toplevel").build());
  }

  @Test
  void theDefaultGroupIsTheFirstByNameWhenThereIsNoApp() throws IOException {
    MachineConfigMapper mapper = testdata("tomachine-machinechecks.toml");

    assertThat(mapper.defaultProcessGroup()).isEqualTo("farewell");
    assertThat(mapper.toMachineConfig("greeting").services()).singleElement()
        .satisfies(s -> assertThat(s.internalPort()).contains(8080));
    assertThat(mapper.toMachineConfig("farewell").services()).isEmpty();
    assertThat(mapper.toMachineConfig("farewell").init().orElseThrow().cmd()).containsExactly("echo", "bye :(");
  }

  @Test
  void thePaperclipFlyTomlFromTheFieldReportMapsToTheApiShape() {
    MachineConfig config = MachineConfigMapper.parse("""
        app = "your-app-name"
        primary_region = "sjc"

        [build]

        [env]
          NODE_ENV = "production"
          PORT = "3100"
          HOST = "0.0.0.0"
          SERVE_UI = "true"
          PAPERCLIP_HOME = "/paperclip"
          PAPERCLIP_INSTANCE_ID = "default"
          PAPERCLIP_CONFIG = "/paperclip/instances/default/config.json"
          PAPERCLIP_DEPLOYMENT_MODE = "authenticated"
          PAPERCLIP_DEPLOYMENT_EXPOSURE = "private"

        [http_service]
          internal_port = 3100
          force_https = true
          auto_stop_machines = "suspend"
          auto_start_machines = true
          min_machines_running = 1

        [[http_service.checks]]
          grace_period = "120s"
          interval = "30s"
          method = "GET"
          path = "/api/health"
          timeout = "10s"

          [http_service.checks.headers]
            Host = "localhost"

        [mounts]
          source = "paperclip_data"
          destination = "/paperclip"

        [[vm]]
          size = "shared-cpu-1x"
          memory = "1024mb"
        """).toMachineConfig("");

    assertThat(json(config)).isEqualTo(JSON.readTree("""
        {
          "env": {"NODE_ENV": "production", "PORT": "3100", "HOST": "0.0.0.0", "SERVE_UI": "true",
                  "PAPERCLIP_HOME": "/paperclip", "PAPERCLIP_INSTANCE_ID": "default",
                  "PAPERCLIP_CONFIG": "/paperclip/instances/default/config.json",
                  "PAPERCLIP_DEPLOYMENT_MODE": "authenticated", "PAPERCLIP_DEPLOYMENT_EXPOSURE": "private",
                  "FLY_PROCESS_GROUP": "app", "PRIMARY_REGION": "sjc"},
          "services": [{
            "protocol": "tcp", "internal_port": 3100, "autostop": "suspend", "autostart": true,
            "min_machines_running": 1,
            "ports": [{"port": 80, "handlers": ["http"], "force_https": true},
                      {"port": 443, "handlers": ["http", "tls"]}],
            "checks": [{"type": "http", "interval": "30s", "timeout": "10s", "grace_period": "2m0s",
                        "method": "GET", "path": "/api/health",
                        "headers": [{"name": "Host", "values": ["localhost"]}]}]
          }],
          "metadata": {"fly_platform_version": "v2", "fly_process_group": "app"},
          "mounts": [{"name": "paperclip_data", "path": "/paperclip"}],
          "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 1024}
        }"""));
  }

  @Test
  void autoExtendSizesAndRetriesAreCarriedOver() {
    MachineConfig config = MachineConfigMapper.parse("""
        app = "paperclip"
        kill_timeout = 30
        [[mounts]]
          source = "paperclip_data"
          destination = "/paperclip"
          auto_extend_size_threshold = 80
          auto_extend_size_increment = "1gb"
          auto_extend_size_limit = "10gb"
        [[restart]]
          policy = "on-failure"
          retries = 10
        """).toMachineConfig("");

    assertThat(json(config).path("mounts")).isEqualTo(JSON.readTree(
        "[{\"name\": \"paperclip_data\", \"path\": \"/paperclip\", \"extend_threshold_percent\": 80,"
            + " \"add_size_gb\": 1, \"size_gb_limit\": 10}]"));
    assertThat(config.restart()).contains(MachineRestart.builder().policy("on-failure").maxRetries(10).build());
    assertThat(config.stopConfig().flatMap(s -> s.timeout())).contains(java.time.Duration.ofSeconds(30));
  }

  @Test
  void legacyShapesAreReadLikeFlyctlReadsThem() {
    MachineConfig config = MachineConfigMapper.parse("""
        app = "old"
        [[services]]
          internal_port = "8080"
          protocol = "tcp"
          concurrency = "20,25"
          [[services.ports]]
            port = "443"
            handlers = ["tls", "http"]
          [[services.tcp_checks]]
            interval = 10000
            timeout = 2000
          [[services.http_checks]]
            interval = "10s"
            path = "/"
            headers = [{name = "Host", value = "old.example.com"}]
        [mount]
          source = "data"
          destination = "/data"
        [[compute]]
          memory = 512
        """).toMachineConfig("");

    assertThat(json(config).path("services")).isEqualTo(JSON.readTree("""
        [{"protocol": "tcp", "internal_port": 8080,
          "concurrency": {"type": "requests", "soft_limit": 20, "hard_limit": 25},
          "ports": [{"port": 443, "handlers": ["tls", "http"]}],
          "checks": [{"type": "tcp", "interval": "10s", "timeout": "2s"},
                     {"type": "http", "interval": "10s", "path": "/",
                      "headers": [{"name": "Host", "values": ["old.example.com"]}]}]}]"""));
    assertThat(config.mounts()).hasSize(1);
    assertThat(config.guest().flatMap(MachineGuest::memoryMb)).contains(512);
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    MachineConfigMapper mapper = MachineConfigMapper.parse("""
        app = "bad"
        [[vm]]
          size = "huge-9x"
        [[restart]]
          policy = "sometimes"
        [[mounts]]
          source = "data"
          destination = "/"
        """);

    assertThatThrownBy(() -> mapper.toMachineConfig(""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
            .extracting(p -> p.path())
            .containsExactlyInAnyOrder("vm[0].size", "restart[0].policy", "mounts[0].destination"));
  }

  @Test
  void aValueFlyctlCannotReadIsRejectedWhileReadingWithItsKey() {
    assertThatThrownBy(() -> MachineConfigMapper.parse("app = \"bad\"\nkill_timeout = \"ten seconds\"\n"))
        .isInstanceOf(dev.paperclipfly.core.flytoml.FlyTomlParseException.class)
        .hasMessageContaining("kill_timeout")
        .hasMessageContaining("not a duration");
  }

  @Test
  void aModelBuiltInCodeMapsLikeOneReadFromAFile() {
    dev.paperclipfly.core.flytoml.FlyToml model = dev.paperclipfly.core.flytoml.FlyToml.builder()
        .app("paperclip")
        .primaryRegion("sjc")
        .httpService(dev.paperclipfly.core.flytoml.HttpService.builder().internalPort(3100).forceHttps(true).build())
        .addVm(dev.paperclipfly.core.flytoml.Vm.builder().size("shared-cpu-1x")
            .memory(dev.paperclipfly.core.flytoml.MemorySize.ofGigabytes(1)).build())
        .build();

    MachineConfig fromModel = MachineConfigMapper.of(model).toMachineConfig("");
    MachineConfig fromText = MachineConfigMapper.parse(dev.paperclipfly.core.flytoml.FlyTomlWriter.write(model))
        .toMachineConfig("");

    assertThat(fromModel).isEqualTo(fromText);
    assertThat(fromModel.guest().flatMap(MachineGuest::memoryMb)).contains(1024);
    assertThat(fromModel.env()).containsEntry("PRIMARY_REGION", "sjc");
  }

  @Test
  void textThatIsNotTomlIsRejectedWithItsLine() {
    assertThatThrownBy(() -> MachineConfigMapper.parse("app = \"x\"\n[http_service\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid TOML");
  }

  @Test
  void processGroupsDefaultToApp() {
    assertThat(MachineConfigMapper.parse("app = \"x\"").processGroups()).isEqualTo(List.of("app"));
    assertThat(MachineConfigMapper.parse("app = \"x\"").toMachineConfig("").metadata())
        .containsEntry("fly_process_group", "app");
  }

  @Test
  void theReleaseCommandRunsOnceOnAMachineThatDestroysItself() throws IOException {
    MachineConfig config = testdata("tomachine.toml").toReleaseCommandConfig();

    assertThat(json(config)).isEqualTo(JSON.readTree("""
        {
          "init": {"cmd": ["migrate-db"], "swap_size_mb": 512},
          "env": {"FOO": "BAR", "RELEASE_COMMAND": "1", "FLY_PROCESS_GROUP": "fly_app_release_command",
                  "PRIMARY_REGION": "mia"},
          "metadata": {"fly_platform_version": "v2", "fly_process_group": "fly_app_release_command"},
          "auto_destroy": true,
          "restart": {"policy": "no"},
          "dns": {"skip_registration": true},
          "stop_config": {"timeout": "10s", "signal": "SIGTERM"},
          "guest": {"cpu_kind": "performance", "cpus": 2, "memory_mb": 4096}
        }"""));
  }

  @Test
  void aReleaseCommandConfigNeedsAReleaseCommand() {
    assertThatThrownBy(() -> MachineConfigMapper.parse("app = \"x\"").toReleaseCommandConfig())
        .isInstanceOf(ValidationException.class).hasMessageContaining("deploy.release_command");
  }
}
