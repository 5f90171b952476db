package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlyNamesTest {
  @ParameterizedTest(name = "{0} is a Fly app name")
  @ValueSource(strings = {"a", "acme-paperclip", "pc2", "a-b-c", "x23456789012345678901234567890123456789012345678901234567890123"})
  void appNamesFlyAcceptsPass(String name) {
    assertThat(FlyNames.isAppName(name)).isTrue();
    assertThat(FlyNames.checkAppName("appName", name)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is not a Fly app name")
  @ValueSource(strings = {"", "Acme", "2fast", "-lead", "trail-", "under_score", "sp ace", "x;rm -rf /", "a.b",
      "x234567890123456789012345678901234567890123456789012345678901234"})
  void otherAppNamesAreRejectedWithTheFieldAndTheRule(String name) {
    assertThat(FlyNames.checkAppName("appName", name)).get()
        .satisfies(p -> assertThat(p.path()).isEqualTo("appName"))
        .extracting(Problem::message).asString().contains("1-63 lowercase letters");
  }

  @ParameterizedTest(name = "region {0}")
  @ValueSource(strings = {"sjc", "ams", "fra"})
  void threeLetterRegionsPass(String code) {
    assertThat(FlyNames.checkRegion("region", code)).isEmpty();
  }

  @ParameterizedTest(name = "region {0} is rejected")
  @ValueSource(strings = {"", "SJC", "sj", "sjcc", "s1c"})
  void otherRegionsAreRejected(String code) {
    assertThat(FlyNames.checkRegion("region", code)).isPresent();
  }

  @ParameterizedTest(name = "volume {0}")
  @ValueSource(strings = {"paperclip_data", "data", "v1"})
  void volumeNamesPass(String name) {
    assertThat(FlyNames.checkVolumeName("volumeName", name)).isEmpty();
  }

  @ParameterizedTest(name = "volume {0} is rejected")
  @ValueSource(strings = {"", "paperclip-data", "Data", "a23456789012345678901234567890_"})
  void otherVolumeNamesAreRejected(String name) {
    assertThat(FlyNames.checkVolumeName("volumeName", name)).isPresent();
  }
}
