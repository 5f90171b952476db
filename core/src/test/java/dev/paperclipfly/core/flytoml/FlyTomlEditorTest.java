package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlyTomlEditorTest {

  private static final String HAND_WRITTEN = """
      # Paperclip on Fly
      app = "your-app-name"   # change me
      primary_region = "sjc" # close to the team

      [http_service]
          internal_port = 3100  # PORT in [env]
          force_https = true

      [[vm]]
        size = "shared-cpu-1x"
        memory = "1024mb"
      """;

  @Test
  void settingOneValueKeepsEveryOtherByteOfAHandWrittenFile() {
    String edited = FlyTomlEditor.of(HAND_WRITTEN).set("primary_region", "fra").text();

    assertThat(edited).isEqualTo(HAND_WRITTEN.replace("primary_region = \"sjc\"", "primary_region = \"fra\""));
  }

  @Test
  void settingAValueInsideATableKeepsItsCommentAndIndentation() {
    String edited = FlyTomlEditor.of(HAND_WRITTEN).set("http_service.internal_port", 8080).text();

    assertThat(edited).isEqualTo(HAND_WRITTEN.replace("internal_port = 3100", "internal_port = 8080"));
  }

  @Test
  void settingAValueInAListEntryChangesOnlyThatLine() {
    String edited = FlyTomlEditor.of(HAND_WRITTEN).set("vm[0].memory", MemorySize.ofGigabytes(2)).text();

    assertThat(edited).isEqualTo(HAND_WRITTEN.replace("\"1024mb\"", "\"2gb\""));
  }

  @Test
  void aNewKeyIsAddedToItsTableWithTheTablesIndentation() {
    String edited = FlyTomlEditor.of(HAND_WRITTEN).set("http_service.auto_stop_machines", AutoStopMachines.STOP).text();

    assertThat(edited).isEqualTo(HAND_WRITTEN.replace("    force_https = true\n",
        "    force_https = true\n    auto_stop_machines = \"stop\"\n"));
  }

  @Test
  void aListOfStringsIsWrittenAsAnInlineArray() {
    String edited = FlyTomlEditor.of(HAND_WRITTEN).set("http_service.processes", List.of("app", "web")).text();

    assertThat(edited).isEqualTo(HAND_WRITTEN.replace("    force_https = true\n",
        "    force_https = true\n    processes = [\"app\", \"web\"]\n"));
  }

  @Test
  void removingAKeyRemovesOnlyItsLine() {
    String edited = FlyTomlEditor.of(HAND_WRITTEN).remove("http_service.force_https").text();

    assertThat(edited).isEqualTo(HAND_WRITTEN.replace("    force_https = true\n", ""));
  }

  @Test
  void theSeedFileKeepsItsLayoutWhenItsRegionChanges() throws IOException {
    String seed;
    try (InputStream in = getClass().getResourceAsStream("/flytoml/seed-fly.toml")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    FlyTomlEditor edited = FlyTomlEditor.of(seed).set("primary_region", "fra").set("kill_timeout", FlyDuration.ofSeconds(30));

    assertThat(edited.text()).isEqualTo(seed.replace("primary_region = \"sjc\"\n",
        "primary_region = \"fra\"\nkill_timeout = \"30s\"\n"));
    assertThat(edited.toFlyToml().killTimeout().orElseThrow().toDuration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void anEditThatFlyctlWouldRejectThrowsAndLeavesTheEditorUnchanged() {
    FlyTomlEditor editor = FlyTomlEditor.of(HAND_WRITTEN);

    assertThatThrownBy(() -> editor.set("http_service.auto_stop_machines", "sometimes"))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessageContaining("http_service.auto_stop_machines");
    assertThat(editor.text()).isEqualTo(HAND_WRITTEN);
  }

  @Test
  void aPathIntoAListWithoutAnIndexSaysToPickAnEntry() {
    assertThatThrownBy(() -> FlyTomlEditor.of(HAND_WRITTEN).set("vm.memory", "2gb"))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessage("fly.toml: vm.memory: vm is a list: pick an entry, e.g. vm[0]");
  }

  @Test
  void aListEntryThatDoesNotExistIsNamed() {
    assertThatThrownBy(() -> FlyTomlEditor.of(HAND_WRITTEN).set("vm[3].memory", "2gb"))
        .isInstanceOf(FlyTomlParseException.class)
        .hasMessage("fly.toml: vm[3].memory: there is no entry 3 in vm (the file has 1)");
  }
}
