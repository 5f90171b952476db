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

/** {@code telemetry}: anonymous usage reporting. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = TelemetryConfig.Builder.class)
@JsonPropertyOrder({"enabled"})
public abstract class AbstractTelemetryConfig {
  @JsonProperty("enabled")
  public abstract Optional<Boolean> enabled();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** True when absent. */
  public boolean enabledOrDefault() {
    return enabled().orElse(true);
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "telemetry", extra());
  }
}
