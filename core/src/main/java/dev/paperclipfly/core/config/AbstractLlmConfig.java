package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code llm}: the provider key Paperclip's own checks ({@code doctor}) use. Optional section. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = LlmConfig.Builder.class)
@JsonPropertyOrder({"provider", "apiKey"})
public abstract class AbstractLlmConfig {
  @JsonProperty("provider")
  public abstract LlmProvider provider();

  /** The provider API key; masked in {@code toString()}. */
  @JsonProperty("apiKey")
  public abstract Optional<Secret> apiKey();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "llm", extra());
  }
}
