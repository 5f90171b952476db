package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fly.toml shape flyctl's own test suite uses survives read, write, read unchanged. */
class FlyTomlRoundTripTest {

  static Stream<Path> flyctlTestFiles() throws IOException {
    Path dir = RealTools.sharedDir().resolve("reference/flyctl-testdata");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".toml"))
          .filter(p -> !p.getFileName().toString().equals("always-invalid-v2.toml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flyctlTestFiles")
  void readingWhatWasWrittenGivesAnEqualModel(Path file) {
    FlyToml read = FlyTomlReader.read(file);

    String written = FlyTomlWriter.write(read);

    assertThat(FlyTomlReader.read(written)).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flyctlTestFiles")
  void writingIsStableAfterTheFirstWrite(Path file) {
    String once = FlyTomlWriter.write(FlyTomlReader.read(file));

    assertThat(FlyTomlWriter.write(FlyTomlReader.read(once))).isEqualTo(once);
  }

  @Test
  void theFileFlyctlAlwaysRejectsGivesAnErrorNamingTheField() {
    Path file = RealTools.sharedDir().resolve("reference/flyctl-testdata/always-invalid-v2.toml");

    assertThatThrownBy(() -> FlyTomlReader.read(file))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessageContaining("services[0].concurrency")
        .hasMessageContaining("soft_limit")
        .extracting(e -> ((FlyTomlParseException) e).path())
        .isEqualTo("services[0].concurrency");
  }
}
