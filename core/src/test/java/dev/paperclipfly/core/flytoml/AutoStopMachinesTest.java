package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.flytoml.AutoStopMachines.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoStopMachinesTest {

  @ParameterizedTest(name = "{0} means {1}")
  @CsvSource({
      "'\"off\"', OFF",
      "'\"stop\"', STOP",
      "'\"suspend\"', SUSPEND",
      "true, STOP",
      "false, OFF",
  })
  void everyValueFlyctlAcceptsIsReadAndWrittenBackAsIs(String toml, Mode mode) {
    String text = "[http_service]\n  auto_stop_machines = " + toml + "\n";

    AutoStopMachines value = FlyTomlReader.read(text).httpService().orElseThrow().autoStopMachines().orElseThrow();

    assertThat(value.mode()).isEqualTo(mode);
    assertThat(FlyTomlWriter.write(FlyTomlReader.read(text))).isEqualTo(text);
  }

  @Test
  void anUnknownValueIsAReadErrorNamingTheFieldAndTheAcceptedValues() {
    assertThatThrownBy(() -> FlyTomlReader.read("[http_service]\n  auto_stop_machines = \"sometimes\"\n"))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessageContaining("http_service.auto_stop_machines")
        .hasMessageContaining("use \"off\", \"stop\" or \"suspend\"");
  }

  @Test
  void theBooleanFormEqualsOnlyItselfButMeansTheSameMode() {
    assertThat(AutoStopMachines.fromBoolean(true)).isNotEqualTo(AutoStopMachines.STOP);
    assertThat(AutoStopMachines.fromBoolean(true).mode()).isEqualTo(AutoStopMachines.STOP.mode());
    assertThat(AutoStopMachines.of(Mode.SUSPEND)).isEqualTo(AutoStopMachines.SUSPEND);
  }
}
