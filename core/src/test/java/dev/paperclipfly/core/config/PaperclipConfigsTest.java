package dev.paperclipfly.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperclipConfigsTest {
  @TempDir
  Path dir;

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("config.json"), content, StandardCharsets.UTF_8);
  }

  @Test
  void theFieldReportConfigHasNoProblems() throws IOException {
    ValidationResult result = PaperclipConfigs.validate(file(PaperclipConfigJsonTest.resource("seed-config.json")));

    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aMissingFileIsReportedAsAProblemNotThrown() {
    ValidationResult result = PaperclipConfigs.validate(dir.resolve("absent.json"));

    assertThat(result.isValid()).isFalse();
    assertThat(result.errors().get(0).message()).contains("cannot read").contains("NoSuchFileException");
  }

  @Test
  void malformedJsonIsReportedWithItsLineAndColumn() throws IOException {
    ValidationResult result = PaperclipConfigs.validate(file("{\n  \"database\": {}\n  \"logging\": {}\n}"));

    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).message()).contains("line 3, column 3");
  }

  @Test
  void aByteOrderMarkIsRejectedBecausePaperclipsParserRejectsIt() throws IOException {
    ValidationResult result = PaperclipConfigs.validate(file("\uFEFF" + PaperclipConfigJsonTest.resource("seed-config.json")));

    assertThat(result.errors()).extracting(Problem::message).singleElement().asString().contains("byte order mark");
  }

  @Test
  void anEmptyFileIsReportedAsEmpty() throws IOException {
    ValidationResult result = PaperclipConfigs.validate(file(""));

    assertThat(result.errors()).extracting(Problem::message).singleElement().asString().contains("is empty");
  }

  @Test
  void theOptionsDecideWhetherAMisspeltKeyFailsTheFile() throws IOException {
    Path config = file(PaperclipConfigJsonTest.resource("seed-config.json").replace("\"serveUi\"", "\"serveUI_\""));

    assertThat(PaperclipConfigs.validate(config).isValid()).isFalse();
    assertThat(PaperclipConfigs.validate(config, ValidationOptions.builder().misspeltKeys(Strictness.WARNING).build())
        .isValid()).isTrue();
  }
}
