package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlyTomlFilesTest {

  @Test
  void aModelWrittenToAFileIsReadBackEqualAsUtf8WithLfLineEnds(@TempDir Path dir) throws IOException {
    FlyToml toml = FlyToml.builder().app("démo").putEnv("GREETING", "grüß dich").build();
    Path file = dir.resolve("fly.toml");

    FlyTomlWriter.write(toml, file);

    assertThat(FlyTomlReader.read(file)).isEqualTo(toml);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("\r").contains("grüß dich");
  }

  @Test
  void aFileCanBeEditedInPlaceOfItsText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fly.toml");
    Files.writeString(file, "app = \"demo\" # mine\n");

    assertThat(FlyTomlEditor.of(file).set("primary_region", "fra").text())
        .isEqualTo("app = \"demo\" # mine\nprimary_region = \"fra\"\n");
  }

  @Test
  void aMissingFileIsAnUncheckedErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.toml");

    assertThatThrownBy(() -> FlyTomlReader.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nope.toml");
  }
}
