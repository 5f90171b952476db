package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code UpdateVolumeRequest} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = UpdateVolumeRequest.class)
@JsonDeserialize(as = UpdateVolumeRequest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractUpdateVolumeRequest {
  @JsonProperty("auto_backup_enabled")
  Optional<Boolean> autoBackupEnabled();

  @JsonProperty("snapshot_retention")
  Optional<Integer> snapshotRetention();
}
