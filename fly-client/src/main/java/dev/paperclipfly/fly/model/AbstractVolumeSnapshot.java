package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code VolumeSnapshot} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = VolumeSnapshot.class)
@JsonDeserialize(as = VolumeSnapshot.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractVolumeSnapshot {
  @JsonProperty("created_at")
  Optional<String> createdAt();

  @JsonProperty("digest")
  Optional<String> digest();

  @JsonProperty("id")
  String id();

  @JsonProperty("retention_days")
  Optional<Integer> retentionDays();

  @JsonProperty("size")
  Optional<Long> size();

  @JsonProperty("status")
  Optional<String> status();

  @JsonProperty("volume_size")
  Optional<Long> volumeSize();
}
