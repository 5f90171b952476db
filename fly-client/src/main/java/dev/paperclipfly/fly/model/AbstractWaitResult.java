package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code WaitMachineResponse} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = WaitResult.class)
@JsonDeserialize(as = WaitResult.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractWaitResult {
  @JsonProperty("event_id")
  Optional<String> eventId();

  @JsonProperty("ok")
  Optional<Boolean> ok();

  @JsonProperty("state")
  Optional<String> state();

  @JsonProperty("version")
  Optional<String> version();
}
