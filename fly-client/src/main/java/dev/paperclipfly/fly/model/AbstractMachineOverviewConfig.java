package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code MachineOverviewConfig} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineOverviewConfig.class)
@JsonDeserialize(as = MachineOverviewConfig.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineOverviewConfig {
  @JsonProperty("guest")
  Optional<MachineGuest> guest();

  @JsonProperty("image")
  Optional<String> image();

  @JsonProperty("metadata")
  Map<String, String> metadata();
}
