package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code App} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = App.class)
@JsonDeserialize(as = App.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractApp {
  @JsonProperty("id")
  Optional<String> id();

  @JsonProperty("internal_numeric_id")
  Optional<Long> internalNumericId();

  @JsonProperty("machine_count")
  Optional<Integer> machineCount();

  @JsonProperty("name")
  String name();

  @JsonProperty("network")
  Optional<String> network();

  @JsonProperty("organization")
  Optional<AppOrganization> organization();

  @JsonProperty("status")
  Optional<String> status();

  @JsonProperty("volume_count")
  Optional<Integer> volumeCount();
}
