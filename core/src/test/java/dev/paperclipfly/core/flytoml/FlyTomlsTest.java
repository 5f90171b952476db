package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlyTomlsTest {
  @TempDir Path dir;

  @Test
  void aGoodFileHasNoErrors() throws IOException {
    Path f = dir.resolve("fly.toml");
    Files.writeString(f, "app = \"demo\"\nprimary_region = \"sjc\"\n\n[http_service]\n  internal_port = 3100\n");
    assertThat(FlyTomls.validate(f).isValid()).isTrue();
  }

  @Test
  void aValueOfTheWrongShapeIsAProblemAtItsPath() throws IOException {
    Path f = dir.resolve("fly.toml");
    Files.writeString(f, "app = \"demo\"\n\n[http_service]\n  internal_port = \"web\"\n");
    ValidationResult r = FlyTomls.validate(f);
    assertThat(r.errors()).extracting(Problem::path).containsExactly("http_service.internal_port");
    assertThat(r.errors().get(0).message()).doesNotStartWith("fly.toml:");
  }

  @Test
  void syntaxErrorsAreReportedWithLineAndColumn() throws IOException {
    Path f = dir.resolve("fly.toml");
    Files.writeString(f, "app = \"demo\"\napp = \"again\"\n");
    ValidationResult r = FlyTomls.validate(f);
    assertThat(r.isValid()).isFalse();
    assertThat(r.errors().get(0).message()).contains("line 2");
  }

  @Test
  void aMissingFileIsAProblemNotAnException() {
    ValidationResult r = FlyTomls.validate(dir.resolve("nope.toml"));
    assertThat(r.errors()).singleElement().extracting(Problem::message).asString().contains("not found");
  }
}
