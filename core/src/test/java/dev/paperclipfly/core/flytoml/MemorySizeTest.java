package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemorySizeTest {

  @ParameterizedTest(name = "\"{0}\" is {1} MB")
  @CsvSource({
      "1024mb, 1024",
      "1gb, 1024",
      "1GB, 1024",
      "1g, 1024",
      "1GiB, 1024",
      "512, 512",
      "1.5gb, 1536",
      "2048MB, 2048",
      "8g, 8192",
      "4G, 4096",
      "1 gb, 1024",
      "1048576k, 1024",
      "1048576b, 1",
  })
  void sizesAreReadInBinaryUnitsAsFlyctlReadsThem(String text, long megabytes) {
    MemorySize size = MemorySize.parse(text);

    assertThat(size.megabytes()).hasValue(megabytes);
    assertThat(size.toString()).isEqualTo(text);
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @CsvSource({"lots", "1gbb", "-1gb", "gb", "''"})
  void textThatIsNoSizeIsRejectedWithTheAcceptedForms(String text) {
    assertThatThrownBy(() -> MemorySize.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a memory size")
        .hasMessageContaining("\"1gb\"");
  }

  @Test
  void sizesBuiltInJavaAreWrittenWithAUnit() {
    assertThat(MemorySize.ofMegabytes(1024).toTomlValue()).isEqualTo("1024mb");
    assertThat(MemorySize.ofGigabytes(2).toTomlValue()).isEqualTo("2gb");
    assertThat(MemorySize.ofGigabytes(2).megabytes()).hasValue(2048);
  }

  @Test
  void aBareNumberInTheFileStaysANumberOfMegabytes() {
    Vm vm = FlyTomlReader.read("[[vm]]\n  memory = 2048\n").vm().get(0);

    assertThat(vm.memory().orElseThrow().megabytes()).hasValue(2048);
    assertThat(vm.memory().orElseThrow().toTomlValue()).isEqualTo(2048L);
  }

  @Test
  void textInTheFileThatIsNoSizeIsKeptForTheValidatorToReport() {
    Vm vm = FlyTomlReader.read("[[vm]]\n  memory = \"lots\"\n").vm().get(0);

    assertThat(vm.memory().orElseThrow().megabytes()).isEmpty();
    assertThat(vm.memory().orElseThrow().toString()).isEqualTo("lots");
  }

  @Test
  void equalityComparesTheWrittenForm() {
    assertThat(MemorySize.parse("1gb")).isEqualTo(MemorySize.ofGigabytes(1));
    assertThat(MemorySize.parse("1gb")).isNotEqualTo(MemorySize.parse("1024mb"));
  }
}
