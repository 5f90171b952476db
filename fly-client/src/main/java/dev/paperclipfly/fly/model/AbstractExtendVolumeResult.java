package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code ExtendVolumeResponse} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ExtendVolumeResult.class)
@JsonDeserialize(as = ExtendVolumeResult.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractExtendVolumeResult {
  @JsonProperty("needs_restart")
  Optional<Boolean> needsRestart();

  @JsonProperty("volume")
  Optional<Volume> volume();
}
