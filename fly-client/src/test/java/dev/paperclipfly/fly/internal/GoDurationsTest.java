package dev.paperclipfly.fly.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationsTest {

  @ParameterizedTest(name = "{0} ms is written {1}")
  @CsvSource({"0, 0s", "500, 500ms", "1500, 1.5s", "10000, 10s", "81000, 1m21s", "120000, 2m0s", "3600000, 1h0m0s",
      "5400500, 1h30m0.5s"})
  void durationsAreWrittenAsGoWritesThem(long millis, String text) {
    assertThat(GoDurations.format(Duration.ofMillis(millis))).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} reads as {1} ms")
  @CsvSource({"10s, 10000", "1m21s, 81000", "2m0s, 120000", "500ms, 500", "1.5s, 1500", "1h, 3600000", "0, 0",
      "250us, 0"})
  void goDurationTextIsRead(String text, long millis) {
    assertThat(GoDurations.parse(text).toMillis()).isEqualTo(millis);
  }

  @Test
  void textThatIsNotADurationIsRejectedWithAnExample() {
    assertThatThrownBy(() -> GoDurations.parse("10 seconds"))
        .hasMessageContaining("\"10 seconds\" is not a duration").hasMessageContaining("1m30s");
  }
}
