package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code updates}: whether Paperclip checks npm for a newer version. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = UpdatesConfig.Builder.class)
@JsonPropertyOrder({"checkEnabled"})
public abstract class AbstractUpdatesConfig {
  @JsonProperty("checkEnabled")
  public abstract Optional<Boolean> checkEnabled();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** True when absent. */
  public boolean checkEnabledOrDefault() {
    return checkEnabled().orElse(true);
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "updates", extra());
  }
}
