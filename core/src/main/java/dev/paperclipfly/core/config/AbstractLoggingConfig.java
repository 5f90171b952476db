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

/** {@code logging}: required section; {@code mode} is required. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = LoggingConfig.Builder.class)
@JsonPropertyOrder({"mode", "logDir"})
public abstract class AbstractLoggingConfig {
  @JsonProperty("mode")
  public abstract LoggingMode mode();

  @JsonProperty("logDir")
  public abstract Optional<String> logDir();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** Paperclip's schema default {@code ~/.paperclip/instances/default/logs} when absent. */
  public String logDirOrDefault() {
    return logDir().orElse("~/.paperclip/instances/default/logs");
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "logging", extra());
  }
}
