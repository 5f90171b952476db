package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CreateVolumeRequest} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CreateVolumeRequest.class)
@JsonDeserialize(as = CreateVolumeRequest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCreateVolumeRequest {
  /** enable scheduled automatic snapshots. */
  @JsonProperty("auto_backup_enabled")
  Optional<Boolean> autoBackupEnabled();

  @JsonProperty("compute")
  Optional<MachineGuest> compute();

  @JsonProperty("compute_image")
  Optional<String> computeImage();

  @JsonProperty("encrypted")
  Optional<Boolean> encrypted();

  @JsonProperty("fstype")
  Optional<String> fstype();

  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("region")
  Optional<String> region();

  @JsonProperty("require_unique_zone")
  Optional<Boolean> requireUniqueZone();

  @JsonProperty("size_gb")
  Optional<Integer> sizeGb();

  /** restore from snapshot */
  @JsonProperty("snapshot_id")
  Optional<String> snapshotId();

  @JsonProperty("snapshot_retention")
  Optional<Integer> snapshotRetention();

  /** fork from remote volume */
  @JsonProperty("source_volume_id")
  Optional<String> sourceVolumeId();

  @JsonProperty("unique_zone_app_wide")
  Optional<Boolean> uniqueZoneAppWide();
}
