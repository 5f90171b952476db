package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlyDurationTest {

  @ParameterizedTest(name = "\"{0}\" is {1} ms")
  @CsvSource({
      "30s, 30000",
      "1m30s, 90000",
      "120s, 120000",
      "2m, 120000",
      "1m21s, 81000",
      "500ms, 500",
      "1.5s, 1500",
      "1h, 3600000",
      "0, 0",
      "-5s, -5000",
      "1s500ms, 1500",
  })
  void goDurationStringsAreReadAsGoReadsThem(String text, long millis) {
    FlyDuration d = FlyDuration.parse(text);

    assertThat(d.toDuration()).isEqualTo(Duration.ofMillis(millis));
    assertThat(d.toString()).isEqualTo(text);
    assertThat(d.toTomlValue()).isEqualTo(text);
  }

  @Test
  void microAndNanosecondUnitsAreRead() {
    assertThat(FlyDuration.parse("1us").toDuration()).isEqualTo(Duration.ofNanos(1_000));
    assertThat(FlyDuration.parse("1\u00b5s").toDuration()).isEqualTo(Duration.ofNanos(1_000));
    assertThat(FlyDuration.parse("7ns").toDuration()).isEqualTo(Duration.ofNanos(7));
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @CsvSource({"30", "s", "abc", "10 s", "1d", "''", "5m-3s"})
  void textThatIsNoGoDurationIsRejectedWithTheAcceptedForm(String text) {
    assertThatThrownBy(() -> FlyDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a duration")
        .hasMessageContaining("\"1m30s\"");
  }

  @Test
  void aDurationBeyondGosRangeIsRejectedRatherThanWrapped() {
    assertThatThrownBy(() -> FlyDuration.parse("9999999999h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is too long for a duration");
  }

  @Test
  void aBareNumberBeyondGosRangeIsAReadErrorNamingTheField() {
    assertThatThrownBy(() -> FlyTomlReader.read("kill_timeout = 100000000000\n"))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessage("fly.toml: kill_timeout: 100000000000 seconds is too long for a duration:"
            + " write a duration string such as \"30s\"");
  }

  @ParameterizedTest(name = "{0} s is written \"{1}\"")
  @CsvSource({"30, 30s", "90, 1m30s", "120, 2m", "3600, 1h", "3661, 1h1m1s", "0, 0s"})
  void durationsBuiltInJavaAreWrittenInGoCompactForm(long seconds, String written) {
    FlyDuration d = FlyDuration.of(Duration.ofSeconds(seconds));

    assertThat(d.toString()).isEqualTo(written);
    assertThat(FlyDuration.parse(written).toDuration()).isEqualTo(d.toDuration());
  }

  @Test
  void subSecondDurationsBuiltInJavaAreWrittenInMilliseconds() {
    assertThat(FlyDuration.of(Duration.ofMillis(1500)).toString()).isEqualTo("1s500ms");
    assertThat(FlyDuration.of(Duration.ofMillis(-250)).toString()).isEqualTo("-250ms");
  }

  @Test
  void aBareNumberKeepsItsNumberFormAndIsReadInTheFieldsUnit() {
    FlyDuration d = FlyDuration.ofNumber(10000L, TimeUnit.MILLISECONDS);

    assertThat(d.toDuration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.isBareNumber()).isTrue();
    assertThat(d.toTomlValue()).isEqualTo(10000L);
  }

  @Test
  void equalityComparesTheWrittenFormNotOnlyTheLength() {
    assertThat(FlyDuration.parse("120s")).isEqualTo(FlyDuration.parse("120s"));
    assertThat(FlyDuration.parse("120s")).isNotEqualTo(FlyDuration.parse("2m"));
    assertThat(FlyDuration.parse("120s").toDuration()).isEqualTo(FlyDuration.parse("2m").toDuration());
  }

  @Test
  void bareNumbersFollowFlyctlsUnitForEachField() {
    FlyToml toml = FlyTomlReader.read("""
        kill_timeout = 5

        [deploy]
          wait_timeout = 1000

        [[services]]
          internal_port = 8080
          [[services.tcp_checks]]
            interval = 10000
          [[services.http_checks]]
            timeout = 2000
          [[services.machine_checks]]
            kill_timeout = 3

        [http_service]
          internal_port = 8080
          [[http_service.checks]]
            interval = 7

        [checks.alive]
          type = "tcp"
          grace_period = 3000
        """);

    assertThat(toml.killTimeout().orElseThrow().toDuration()).isEqualTo(Duration.ofSeconds(5));
    assertThat(toml.deploy().orElseThrow().waitTimeout().orElseThrow().toDuration()).isEqualTo(Duration.ofNanos(1000));
    Service service = toml.services().get(0);
    assertThat(service.tcpChecks().get(0).interval().orElseThrow().toDuration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(service.httpChecks().get(0).timeout().orElseThrow().toDuration()).isEqualTo(Duration.ofSeconds(2));
    assertThat(service.machineChecks().get(0).killTimeout().orElseThrow().toDuration()).isEqualTo(Duration.ofNanos(3));
    assertThat(toml.httpService().orElseThrow().checks().get(0).interval().orElseThrow().toDuration())
        .isEqualTo(Duration.ofNanos(7));
    assertThat(toml.checks().get("alive").gracePeriod().orElseThrow().toDuration()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aDurationThatIsNoDurationIsAReadErrorNamingTheField() {
    assertThatThrownBy(() -> FlyTomlReader.read("""
        [http_service]
          [[http_service.checks]]
            timeout = "ten seconds"
        """))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessageContaining("http_service.checks[0].timeout")
        .hasMessageContaining("\"ten seconds\" is not a duration");
  }

  @Test
  void anEmptyCheckDurationIsIgnoredAsFlyctlDoes() {
    FlyToml toml = FlyTomlReader.read("""
        [[services]]
          internal_port = 8080
          [[services.http_checks]]
            grace_period = ""
        """);

    assertThat(toml.services().get(0).httpChecks().get(0).gracePeriod()).isEmpty();
  }
}
