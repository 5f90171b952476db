package dev.paperclipfly.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.templates.TemplateException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateEngineTest {

  @Test
  void placeholdersAreReplacedWithTheirValuesVerbatim() {
    assertThat(TemplateEngine.render("t", "a={{a}} b={{ b }}", Map.of("a", "'x'", "b", "$y")))
        .isEqualTo("a='x' b=$y");
  }

  @Test
  void anUnknownPlaceholderIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> TemplateEngine.render("t", "ok\n{{missing}}", Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("t:2: unknown placeholder {{missing}}");
  }

  @Test
  void ifBlocksKeepOneBranchAndTakeTheirTagLinesWithThem() {
    String template = "start\n{{#if on}}\nyes\n{{else}}\nno\n{{/if}}\nend\n";

    assertThat(TemplateEngine.render("t", template, Map.of("on", true))).isEqualTo("start\nyes\nend\n");
    assertThat(TemplateEngine.render("t", template, Map.of("on", false))).isEqualTo("start\nno\nend\n");
  }

  @Test
  void inlineBlocksKeepTheSurroundingText() {
    assertThat(TemplateEngine.render("t", "a{{#if on}} b{{/if}} c", Map.of("on", true))).isEqualTo("a b c");
  }

  @Test
  void eachRepeatsItsBodyAndResolvesNamesInTheItemThenOutside() {
    String template = "{{#each items}}\n{{name}}@{{version}} in {{where}}\n{{/each}}\n";
    Map<String, Object> values = Map.of("where", "npm", "items",
        List.of(Map.of("name", "a", "version", "1"), Map.of("name", "b", "version", "2")));

    assertThat(TemplateEngine.render("t", template, values)).isEqualTo("a@1 in npm\nb@2 in npm\n");
  }

  @Test
  void commentsAreDropped() {
    assertThat(TemplateEngine.render("t", "a\n{{! note }}\nb", Map.of())).isEqualTo("a\nb");
  }

  @Test
  void anUnclosedBlockIsAnError() {
    assertThatThrownBy(() -> TemplateEngine.render("t", "{{#if on}}\nx\n", Map.of("on", true)))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("{{#if on}} is never closed");
  }

  @Test
  void aStrayClosingTagIsAnError() {
    assertThatThrownBy(() -> TemplateEngine.render("t", "x\n{{/if}}\n", Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("t:2: {{/if}} without an opening block");
  }

  @Test
  void aValueOfTheWrongKindIsAnError() {
    assertThatThrownBy(() -> TemplateEngine.render("t", "{{#if name}}x{{/if}}", Map.of("name", "text")))
        .isInstanceOf(TemplateException.class)
        .hasMessage("t:1: {{#if name}} needs a boolean value");
    assertThatThrownBy(() -> TemplateEngine.render("t", "{{flag}}", Map.of("flag", true)))
        .isInstanceOf(TemplateException.class)
        .hasMessage("t:1: {{flag}} is not a string value");
  }

  @Test
  void valuesAreNeverReinterpretedAsTemplateSyntax() {
    assertThat(TemplateEngine.render("t", "{{a}}", Map.of("a", "{{b}}"))).isEqualTo("{{b}}");
  }
}
