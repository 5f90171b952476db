package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code OrgVolume} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = OrgVolume.class)
@JsonDeserialize(as = OrgVolume.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractOrgVolume extends VolumeFields {
  @JsonProperty("app_name")
  Optional<String> appName();

  @JsonProperty("updated_at")
  Optional<String> updatedAt();

}
