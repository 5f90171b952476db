package dev.paperclipfly.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {
  @Test
  void toStringNeverShowsTheValue() {
    Secret s = Secret.of("tskey-auth-abc123");
    assertThat(s.toString()).isEqualTo("Secret[****]").doesNotContain("abc123");
    assertThat(String.valueOf(java.util.List.of(s))).doesNotContain("abc123");
  }

  @Test
  void revealReturnsTheValueForTheSender() {
    assertThat(Secret.of("fm2_token").reveal()).isEqualTo("fm2_token");
  }

  @Test
  void blankValueIsRejectedWithAnActionableMessage() {
    assertThatThrownBy(() -> Secret.of("   "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void surroundingWhitespaceIsRejectedWithoutEchoingTheValue() {
    assertThatThrownBy(() -> Secret.of("hunter2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whitespace")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void equalSecretsCompareEqualAndDifferentOnesDoNot() {
    assertThat(Secret.of("a1")).isEqualTo(Secret.of("a1")).hasSameHashCodeAs(Secret.of("a1"));
    assertThat(Secret.of("a1")).isNotEqualTo(Secret.of("a2"));
  }

  @Test
  void missingEnvironmentVariableIsNamedInTheError() {
    assertThatThrownBy(() -> Secret.fromEnv("PAPERCLIP_FLY_TEST_SURELY_UNSET_VARIABLE"))
        .hasMessageContaining("PAPERCLIP_FLY_TEST_SURELY_UNSET_VARIABLE");
  }
}
