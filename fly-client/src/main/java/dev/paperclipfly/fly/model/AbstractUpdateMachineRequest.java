package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code UpdateMachineRequest} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = UpdateMachineRequest.class)
@JsonDeserialize(as = UpdateMachineRequest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractUpdateMachineRequest extends MachineLaunchFields {
  @JsonProperty("current_version")
  Optional<String> currentVersion();

}
