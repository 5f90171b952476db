package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeSizeTest {

  @ParameterizedTest(name = "\"{0}\" is {1} GB")
  @CsvSource({
      "10gb, 10",
      "30gb, 30",
      "10GB, 10",
      "10, 10",
      "1tb, 1000",
      "1500mb, 1",
      "15Mb, 0",
      "10GiB, 10",
  })
  void sizesAreReadInDecimalUnitsAsFlyctlReadsThem(String text, long gigabytes) {
    VolumeSize size = VolumeSize.parse(text);

    assertThat(size.gigabytes()).hasValue(gigabytes);
    assertThat(size.toString()).isEqualTo(text);
  }

  @Test
  void textThatIsNoSizeIsRejectedWithTheAcceptedForms() {
    assertThatThrownBy(() -> VolumeSize.parse("unparseable"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"unparseable\" is not a volume size")
        .hasMessageContaining("\"10gb\"");
  }

  @Test
  void sizesBuiltInJavaAreWrittenWithAUnit() {
    assertThat(VolumeSize.ofGigabytes(10).toTomlValue()).isEqualTo("10gb");
  }

  @Test
  void aBareNumberInTheFileIsGigabytesAndStaysANumber() {
    Mount mount = FlyTomlReader.read("[mounts]\n  source = \"d\"\n  destination = \"/d\"\n  initial_size = 3\n")
        .mounts().get(0);

    assertThat(mount.initialSize().orElseThrow().gigabytes()).hasValue(3);
    assertThat(mount.initialSize().orElseThrow().toTomlValue()).isEqualTo(3L);
  }
}
