package dev.paperclipfly.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {
  @Test
  void warningsAloneLeaveADocumentValid() {
    ValidationResult r = new ValidationResult(List.of(Problem.warning("logging.logDir", "starts with ~")));
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).hasSize(1);
  }

  @Test
  void exceptionListsEveryErrorWithItsPath() {
    ValidationResult r = new ValidationResult(List.of(
        Problem.error("database.connectionString", "is required when database.mode is postgres"),
        Problem.warning("logging.logDir", "starts with ~"),
        Problem.error("$meta", "is missing")));
    assertThatThrownBy(() -> r.throwIfInvalid("config.json"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("database.connectionString: is required")
        .hasMessageContaining("$meta: is missing")
        .hasMessageNotContaining("logDir");
  }

  @Test
  void problemPrintsPathThenMessage() {
    assertThat(Problem.error("server.port", "must be 1..65535")).hasToString("server.port: must be 1..65535");
    assertThat(Problem.warning("", "empty file")).hasToString("warning: (document): empty file");
  }
}
