package dev.paperclipfly.fly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.fly.internal.FlyJson;
import dev.paperclipfly.fly.model.AppSecret;
import dev.paperclipfly.fly.model.Autostop;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.MachineService;
import dev.paperclipfly.fly.model.MachineServiceCheck;
import dev.paperclipfly.fly.model.StopConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ModelJsonTest {
  private final JsonMapper json = FlyJson.mapper();

  @Test
  void autostopReadsTheOldBooleansAndWritesStrings() {
    MachineService off = json.readValue("{\"autostop\": false}", MachineService.class);
    MachineService stop = json.readValue("{\"autostop\": true}", MachineService.class);

    assertThat(off.autostop()).contains(Autostop.OFF);
    assertThat(stop.autostop()).contains(Autostop.STOP);
    assertThat(json.writeValueAsString(stop)).isEqualTo("{\"autostop\":\"stop\"}");
  }

  @Test
  void anUnknownAutostopValueNamesTheAcceptedOnes() {
    assertThatThrownBy(() -> Autostop.fromJson("sleep")).hasMessageContaining("use \"off\", \"stop\" or \"suspend\"");
  }

  @Test
  void durationsAreReadFromGoTextOrNanosecondsAndWrittenAsGoText() {
    MachineServiceCheck check = json.readValue("{\"interval\": \"1m21s\", \"timeout\": 2000000000}",
        MachineServiceCheck.class);

    assertThat(check.interval()).contains(Duration.ofSeconds(81));
    assertThat(check.timeout()).contains(Duration.ofSeconds(2));
    assertThat(json.writeValueAsString(StopConfig.builder().timeout(Duration.ofMinutes(2)).build()))
        .isEqualTo("{\"timeout\":\"2m0s\"}");
  }

  @Test
  void unmodelledConfigFieldsSurviveARoundTrip() {
    String in = "{\"image\":\"x\",\"containers\":[{\"name\":\"a\"}],\"future_field\":{\"k\":1}}";

    MachineConfig config = json.readValue(in, MachineConfig.class);

    assertThat(config.extra()).containsKeys("containers", "future_field");
    assertThat(json.readTree(json.writeValueAsString(config))).isEqualTo(json.readTree(in));
  }

  @Test
  void emptyOptionalsAndCollectionsAreLeftOutOfRequests() {
    assertThat(json.writeValueAsString(MachineConfig.builder().image("x").build())).isEqualTo("{\"image\":\"x\"}");
  }

  @Test
  void aSecretValueIsReadIntoASecretAndMaskedInToString() {
    AppSecret secret = json.readValue("{\"name\": \"DB_PASSWORD\", \"value\": \"hunter2-long\"}", AppSecret.class);

    assertThat(secret.value().orElseThrow().reveal()).isEqualTo("hunter2-long");
    assertThat(secret.toString()).doesNotContain("hunter2-long");
  }

  @Test
  void aSecretIsNeverWrittenToJson() {
    AppSecret secret = json.readValue("{\"name\": \"DB_PASSWORD\", \"value\": \"hunter2-long\"}", AppSecret.class);

    assertThatThrownBy(() -> json.writeValueAsString(secret)).hasMessageContaining("refusing to serialize a Secret");
  }
}
