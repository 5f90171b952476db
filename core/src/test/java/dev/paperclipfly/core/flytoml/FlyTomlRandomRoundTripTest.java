package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Models built from awkward values (quotes, backslashes, control characters, odd keys) survive write and read. */
class FlyTomlRandomRoundTripTest {
  private static final List<String> AWKWARD = List.of(
      "", "plain", "with space", "quote\"inside", "back\\slash", "tab\there", "new\nline", "cr\rlf",
      "bell\u0007", "del\u007f", "unicode é ü 日本", "emoji \uD83D\uDE80", "dotted.key", "'single'", "[brackets]",
      "= equals", "# hash");

  private final Random random = new Random(20261203L);

  private String any() {
    return AWKWARD.get(random.nextInt(AWKWARD.size()));
  }

  private FlyDuration duration() {
    return switch (random.nextInt(3)) {
      case 0 -> FlyDuration.of(Duration.ofMillis(random.nextInt(10_000_000)));
      case 1 -> FlyDuration.parse(random.nextInt(120) + "s");
      default -> FlyDuration.parse(random.nextInt(100_000) + "ns");
    };
  }

  private FlyToml model() {
    FlyToml.Builder b = FlyToml.builder().app(any()).primaryRegion(any()).killTimeout(FlyDuration.parse("5s"));
    for (int i = 0; i < random.nextInt(4); i++) {
      b.putEnv(any() + i, any());
    }
    HttpCheck.Builder check = HttpCheck.builder().path("/" + any()).interval(duration()).timeout(duration());
    for (int i = 0; i < random.nextInt(3); i++) {
      check.putHeaders(any() + i, any());
    }
    b.httpService(HttpService.builder()
        .internalPort(1 + random.nextInt(65535))
        .autoStopMachines(random.nextBoolean() ? AutoStopMachines.fromBoolean(random.nextBoolean()) : AutoStopMachines.SUSPEND)
        .addProcesses(any())
        .addChecks(check.build())
        .putExtra(any() + "x", Map.of("nested " + any(), List.of(1L, 2.5, true, any())))
        .build());
    for (int i = 0; i < random.nextInt(3); i++) {
      b.addMounts(Mount.builder().source(any()).destination("/" + any())
          .initialSize(random.nextBoolean() ? VolumeSize.ofGigabytes(1 + random.nextInt(500)) : VolumeSize.parse("7"))
          .build());
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      b.addVm(Vm.builder().size(any()).memory(random.nextBoolean() ? MemorySize.ofMegabytes(256L * (1 + random.nextInt(64)))
          : MemorySize.parse("1.5gb")).addKernelArgs(any()).build());
    }
    b.putChecks(any() + "c", TopLevelCheck.builder().type("tcp").port(8080).gracePeriod(duration()).build());
    b.putExtra("zz " + any(), List.of(Map.of("k", any()), Map.of("k", 2L)));
    return b.build();
  }

  @Test
  void twoHundredModelsWithAwkwardValuesReadBackEqualAfterWriting() {
    for (int i = 0; i < 200; i++) {
      FlyToml model = model();
      String written = FlyTomlWriter.write(model);

      assertThat(FlyTomlReader.read(written)).as("model %d written as%n%s", i, written).isEqualTo(model);
    }
  }
}
