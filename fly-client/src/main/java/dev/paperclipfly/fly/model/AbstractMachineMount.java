package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.MachineMount} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineMount.class)
@JsonDeserialize(as = MachineMount.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineMount {
  @JsonProperty("add_size_gb")
  Optional<Integer> addSizeGb();

  @JsonProperty("encrypted")
  Optional<Boolean> encrypted();

  @JsonProperty("extend_threshold_percent")
  Optional<Integer> extendThresholdPercent();

  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("path")
  Optional<String> path();

  @JsonProperty("size_gb")
  Optional<Integer> sizeGb();

  @JsonProperty("size_gb_limit")
  Optional<Integer> sizeGbLimit();

  @JsonProperty("volume")
  Optional<String> volume();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
