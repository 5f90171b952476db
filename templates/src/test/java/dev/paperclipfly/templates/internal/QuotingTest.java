package dev.paperclipfly.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import tools.jackson.databind.json.JsonMapper;

class QuotingTest {
  private static final String NASTY = "a\"b\\c\nd\te\u0001f'g";

  @Test
  void tomlStringsParseBackToTheOriginalValue() {
    assertThat(Toml.parse("k = " + Quoting.toml(NASTY)).getString("k")).isEqualTo(NASTY);
  }

  @Test
  void jsonStringsParseBackToTheOriginalValue() {
    assertThat(JsonMapper.builder().build().readTree(Quoting.json(NASTY)).asString()).isEqualTo(NASTY);
  }

  @Test
  void shellWordsAreSingleQuotedWithEmbeddedQuotesEscaped() {
    assertThat(Quoting.shell("it's")).isEqualTo("'it'\\''s'");
  }
}
