package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code MachineEvent} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineEvent.class)
@JsonDeserialize(as = MachineEvent.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineEvent {
  @JsonProperty("id")
  String id();

  @JsonProperty("request")
  Map<String, Object> request();

  @JsonProperty("source")
  Optional<String> source();

  @JsonProperty("status")
  Optional<String> status();

  @JsonProperty("timestamp")
  Optional<Long> timestamp();

  @JsonProperty("type")
  Optional<String> type();
}
