package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.testing.RealTools;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlyTomlValidatorTest {

  private static List<Problem> problems(String toml) {
    return FlyTomlValidator.validate(FlyTomlReader.read(toml)).problems();
  }

  private static List<String> paths(String toml) {
    return problems(toml).stream().map(Problem::path).toList();
  }

  @Test
  void aMinimalAppIsValid() {
    assertThat(problems("app = \"demo\"\n[http_service]\ninternal_port = 8080\n")).isEmpty();
  }

  @Test
  void thePackageOverviewExampleIsValidAndWritesTheHostHeaderForTheHealthCheck() {
    FlyToml toml = FlyToml.builder()
        .app("my-paperclip")
        .primaryRegion("sjc")
        .putEnv("PORT", "3100")
        .httpService(HttpService.builder()
            .internalPort(3100)
            .autoStopMachines(AutoStopMachines.OFF)
            .addChecks(HttpCheck.builder()
                .path("/api/health")
                .gracePeriod(FlyDuration.ofSeconds(60))
                .putHeaders("Host", "localhost")
                .build())
            .build())
        .addMounts(Mount.builder().source("paperclip_data").destination("/paperclip").build())
        .addVm(Vm.builder().size("shared-cpu-1x").memory(MemorySize.ofMegabytes(1024)).build())
        .build();

    assertThat(FlyTomlValidator.validate(toml).problems()).isEmpty();
    assertThat(FlyTomlWriter.write(toml)).contains("  [http_service.checks.headers]\n    Host = \"localhost\"\n");
  }

  @Test
  void theSeedFlyTomlIsValidButWarnsThatItsGracePeriodIsCutToOneMinute() throws IOException {
    String seed;
    try (InputStream in = getClass().getResourceAsStream("/flytoml/seed-fly.toml")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    ValidationResult result = FlyTomlValidator.validate(FlyTomlReader.read(seed));

    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).containsExactly(Problem.warning("http_service.checks[0].grace_period",
        "is 120s, above 1m: Fly lowers it to 1m, so write at most \"1m\""));
  }

  @Test
  void flyctlsValidateMountsFileHasTheProblemsFlyctlReports() {
    Path file = RealTools.sharedDir().resolve("reference/flyctl-testdata/validate-mounts.toml");

    assertThat(FlyTomlValidator.validate(FlyTomlReader.read(file)).problems()).extracting(Problem::path)
        .containsExactly("mounts[0].initial_size", "mounts[1].initial_size", "mounts[3]");
  }

  @Test
  void anUnknownVmSizeIsAnErrorListingTheKnownSizes() {
    List<Problem> problems = problems("[[vm]]\nsize = \"shared-cpu-3x\"\n");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("vm[0].size");
    assertThat(problems.get(0).message())
        .startsWith("\"shared-cpu-3x\" is not a Machine size: use one of shared-cpu-1x, shared-cpu-2x,")
        .contains("performance-16x", "a10", "l40s", "a100-40gb", "a100-80gb");
  }

  @Test
  void everySizeFlyctlKnowsIsAccepted() {
    for (String size : List.of("shared-cpu-1x", "shared-cpu-2x", "shared-cpu-4x", "shared-cpu-6x", "shared-cpu-8x",
        "performance-1x", "performance-2x", "performance-4x", "performance-6x", "performance-8x",
        "performance-10x", "performance-12x", "performance-14x", "performance-16x",
        "a10", "l40s", "a100-40gb", "a100-80gb")) {
      assertThat(problems("[[vm]]\nsize = \"" + size + "\"\n")).as(size).isEmpty();
    }
  }

  @Test
  void sharedCpusNeedAtLeast256MegabytesEach() {
    assertThat(problems("[[vm]]\nsize = \"shared-cpu-2x\"\nmemory = \"256mb\"\n")).containsExactly(
        Problem.error("vm[0].memory", "256 MB is too little for 2 shared CPUs: use at least 512 MB (256 MB per CPU),"
            + " or fewer CPUs"));
  }

  @Test
  void sharedCpusAllowAtMost2048MegabytesEach() {
    assertThat(problems("[[vm]]\nsize = \"shared-cpu-1x\"\nmemory = \"4gb\"\n")).containsExactly(
        Problem.error("vm[0].memory", "4096 MB is too much for 1 shared CPU: use at most 2048 MB (2048 MB per CPU),"
            + " or more CPUs"));
  }

  @Test
  void performanceCpusNeedBetween2048And8192MegabytesEach() {
    assertThat(paths("[[vm]]\nsize = \"performance-2x\"\nmemory = \"2gb\"\n")).containsExactly("vm[0].memory");
    assertThat(paths("[[vm]]\nsize = \"performance-2x\"\nmemory = \"16gb\"\n")).isEmpty();
    assertThat(paths("[[vm]]\nsize = \"performance-2x\"\nmemory = \"17gb\"\n")).containsExactly("vm[0].memory");
  }

  @Test
  void cpusAndCpuKindOverrideThePresetWhenMemoryIsChecked() {
    assertThat(problems("[[vm]]\ncpu_kind = \"performance\"\ncpus = 2\n")).containsExactly(
        Problem.error("vm[0].cpus", "256 MB is too little for 2 performance CPUs: use at least 4096 MB"
            + " (2048 MB per CPU), or fewer CPUs"));
  }

  @Test
  void memoryMbWinsOverMemoryAsInFlyctlAndADifferenceIsAWarning() {
    List<Problem> problems = problems("[[vm]]\nmemory = \"512mb\"\nmemory_mb = 4096\n");

    assertThat(problems).extracting(Problem::path).containsExactly("vm[0].memory", "vm[0].memory_mb");
    assertThat(problems.get(0).isError()).isFalse();
    assertThat(problems.get(1).message()).startsWith("4096 MB is too much for 1 shared CPU");
  }

  @Test
  void memoryMustBeAMultipleOf256Megabytes() {
    assertThat(problems("[[vm]]\nmemory = \"1000mb\"\n")).containsExactly(
        Problem.error("vm[0].memory", "1000 MB is not a multiple of 256 MB: use 768 or 1024"));
  }

  @Test
  void memoryThatIsNoSizeIsAnError() {
    assertThat(problems("[[vm]]\nmemory = \"lots\"\n")).containsExactly(
        Problem.error("vm[0].memory", "\"lots\" is not a memory size: write \"1024mb\", \"1gb\" or a number of MB"));
  }

  @Test
  void zeroMemoryIsAnError() {
    assertThat(problems("[[vm]]\nmemory = 0\n")).containsExactly(
        Problem.error("vm[0].memory", "is 0 MB: a Machine needs memory, e.g. \"256mb\""));
  }

  @Test
  void theReleaseCommandVmIsCheckedLikeAnyVm() {
    assertThat(paths("[deploy]\nrelease_command_vm.size = \"huge\"\n")).containsExactly("deploy.release_command_vm.size");
  }

  @Test
  void topLevelCheckIntervalsShorterThanTwoSecondsAreAnError() {
    assertThat(problems("[checks.alive]\ntype = \"tcp\"\nport = 8080\ninterval = \"1s\"\n")).containsExactly(
        Problem.error("checks.alive.interval", "is 1s: checks may run at most every 2s, so write \"2s\" or more"));
  }

  @Test
  void topLevelCheckTimeoutsLongerThanSixtySecondsAreAnError() {
    assertThat(problems("[checks.alive]\ntype = \"tcp\"\nport = 8080\ntimeout = \"61s\"\n")).containsExactly(
        Problem.error("checks.alive.timeout", "is 61s: a check may wait at most 60s, so write \"60s\" or less"));
  }

  @Test
  void aTopLevelCheckIntervalGivenInMillisecondsIsMeasuredAsSuch() {
    assertThat(paths("[checks.alive]\ntype = \"tcp\"\nport = 8080\ninterval = 1500\n"))
        .containsExactly("checks.alive.interval");
    assertThat(paths("[checks.alive]\ntype = \"tcp\"\nport = 8080\ninterval = 15000\n")).isEmpty();
  }

  @Test
  void aTopLevelCheckNeedsATypeAndAPortOrAnHttpServiceToTakeItFrom() {
    assertThat(paths("[checks.alive]\ninterval = \"10s\"\n"))
        .containsExactly("checks.alive.type", "checks.alive.port");
    assertThat(paths("[http_service]\ninternal_port = 8080\n[checks.alive]\ntype = \"http\"\n")).isEmpty();
  }

  @Test
  void serviceCheckTimingsOutsideOneSecondToOneMinuteAreWarnings() {
    List<Problem> problems = problems("""
        [http_service]
        internal_port = 8080
        [[http_service.checks]]
        interval = "500ms"
        timeout = "2m"
        grace_period = "0s"
        """);

    assertThat(problems).extracting(Problem::path)
        .containsExactly("http_service.checks[0].interval", "http_service.checks[0].timeout");
    assertThat(problems).noneMatch(Problem::isError);
  }

  @Test
  void portsOutsideOneTo65535AreAnError() {
    assertThat(problems("[http_service]\ninternal_port = 70000\n")).containsExactly(
        Problem.error("http_service.internal_port", "is 70000: use a port from 1 to 65535"));
    assertThat(paths("[[services]]\nprotocol = \"tcp\"\ninternal_port = 0\n[[services.ports]]\nport = 80\n"))
        .containsExactly("services[0].internal_port");
  }

  @Test
  void anHttpServiceWithoutInternalPortIsAnError() {
    assertThat(problems("[http_service]\nforce_https = true\n")).containsExactly(
        Problem.error("http_service.internal_port", "is missing: set the port your app listens on inside the Machine"));
  }

  @Test
  void aServiceWithoutPortsIsAWarningAsInFlyctl() {
    List<Problem> problems = problems("[[services]]\nprotocol = \"tcp\"\ninternal_port = 8080\n");

    assertThat(problems).extracting(Problem::path).containsExactly("services[0].ports");
    assertThat(problems.get(0).isError()).isFalse();
  }

  @Test
  void aPortRangeMustRunUpwards() {
    assertThat(paths("""
        [[services]]
        protocol = "tcp"
        internal_port = 8080
        [[services.ports]]
        start_port = 9000
        end_port = 8000
        """)).containsExactly("services[0].ports[0].end_port");
  }

  @Test
  void mountsNeedASourceAndADestinationOtherThanTheRoot() {
    assertThat(paths("[mounts]\nsource = \"data\"\n")).containsExactly("mounts[0].destination");
    assertThat(paths("[mounts]\ndestination = \"/data\"\n")).containsExactly("mounts[0].source");
    assertThat(paths("[mounts]\nsource = \"data\"\ndestination = \"/\"\n")).containsExactly("mounts[0].destination");
  }

  @Test
  void mountSizeAndSnapshotLimitsFollowFlyctl() {
    assertThat(paths("""
        [mounts]
        source = "data"
        destination = "/data"
        initial_size = "500mb"
        snapshot_retention = 61
        auto_extend_size_threshold = 40
        auto_extend_size_increment = "200gb"
        auto_extend_size_limit = "600gb"
        """)).containsExactly("mounts[0].initial_size", "mounts[0].snapshot_retention",
        "mounts[0].auto_extend_size_threshold", "mounts[0].auto_extend_size_increment",
        "mounts[0].auto_extend_size_limit");
  }

  @Test
  void anAutoExtendThresholdNeedsAnIncrement() {
    assertThat(problems("[mounts]\nsource = \"d\"\ndestination = \"/d\"\nauto_extend_size_threshold = 80\n"))
        .containsExactly(Problem.error("mounts[0].auto_extend_size_increment",
            "is missing: auto_extend_size_threshold needs an increment, e.g. \"1gb\""));
  }

  @Test
  void twoMountsForTheSameProcessGroupAreAnError() {
    assertThat(problems("""
        [[mounts]]
        source = "a"
        destination = "/a"
        [[mounts]]
        source = "b"
        destination = "/b"
        """)).containsExactly(Problem.error("mounts[1]", "mounts[0] already mounts a volume for process group"
        + " \"app\": a Machine gets one volume, so give each mount its own processes"));
  }

  @Test
  void anUnknownKillSignalIsAnErrorListingTheSignalsFlyAccepts() {
    assertThat(problems("kill_signal = \"SIGHUP\"\n")).containsExactly(Problem.error("kill_signal",
        "is \"SIGHUP\": use one of SIGINT, SIGTERM, SIGQUIT, SIGUSR1, SIGUSR2, SIGKILL, SIGSTOP"));
  }

  @Test
  void aKillTimeoutAboveFiveMinutesIsAnError() {
    assertThat(paths("kill_timeout = 301\n")).containsExactly("kill_timeout");
    assertThat(paths("kill_timeout = 300\n")).isEmpty();
  }

  @Test
  void anUnknownDeployStrategyIsAnError() {
    assertThat(problems("[deploy]\nstrategy = \"rolling-eyes\"\n")).containsExactly(Problem.error("deploy.strategy",
        "is \"rolling-eyes\": use rolling, immediate, canary or bluegreen"));
  }

  @Test
  void theCanaryStrategyCannotBeUsedWithMounts() {
    assertThat(paths("[deploy]\nstrategy = \"canary\"\n[mounts]\nsource = \"d\"\ndestination = \"/d\"\n"))
        .containsExactly("deploy.strategy");
  }

  @Test
  void servicesMustNameTheirProcessGroupsWhenProcessesAreDefined() {
    assertThat(paths("""
        [processes]
        web = "run web"
        [http_service]
        internal_port = 8080
        """)).containsExactly("http_service.processes");
    assertThat(paths("""
        [processes]
        web = "run web"
        [http_service]
        internal_port = 8080
        processes = ["worker"]
        """)).containsExactly("http_service.processes[0]");
  }

  @Test
  void envNamesStartingWithFlyAreAnError() {
    assertThat(paths("[env]\nFLY_REGION = \"ams\"\nPORT = \"8080\"\n")).containsExactly("env.FLY_REGION");
  }

  @Test
  void aFileNeedsExactlyOneSource() {
    assertThat(paths("[[files]]\nguest_path = \"/a\"\n")).containsExactly("files[0]");
    assertThat(paths("[[files]]\nguest_path = \"/a\"\nraw_value = \"x\"\nsecret_name = \"S\"\n"))
        .containsExactly("files[0]");
    assertThat(paths("[[files]]\nguest_path = \"/a\"\nsecret_name = \"S\"\n")).isEmpty();
  }

  @Test
  void anUnknownRestartPolicyIsAnError() {
    assertThat(paths("[[restart]]\npolicy = \"sometimes\"\n")).containsExactly("restart[0].policy");
  }

  @Test
  void commandsThatDoNotSplitIntoWordsAreAnError() {
    assertThat(problems("console_command = \"/bin/sh -c 'echo hi\"\n")).containsExactly(Problem.error(
        "console_command", "has an unclosed ' quote: close it so the command splits into words"));
    assertThat(paths("[processes]\nweb = \"run \\\\\"\n")).containsExactly("processes.web");
    assertThat(paths("[deploy]\nrelease_command = \"migrate \\\"db\\\" 'it''s'\"\n")).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThat(paths("""
        kill_signal = "SIGHUP"
        [http_service]
        force_https = true
        [[vm]]
        size = "tiny"
        """)).containsExactly("kill_signal", "http_service.internal_port", "vm[0].size");
  }
}
