package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** The fields a volume has in every listing. */
public interface VolumeFields {

  @JsonProperty("attached_alloc_id")
  Optional<String> attachedAllocId();

  @JsonProperty("attached_machine_id")
  Optional<String> attachedMachineId();

  @JsonProperty("auto_backup_enabled")
  Optional<Boolean> autoBackupEnabled();

  @JsonProperty("block_size")
  Optional<Long> blockSize();

  @JsonProperty("blocks")
  Optional<Long> blocks();

  @JsonProperty("blocks_avail")
  Optional<Long> blocksAvail();

  @JsonProperty("blocks_free")
  Optional<Long> blocksFree();

  @JsonProperty("bytes_total")
  Optional<Long> bytesTotal();

  @JsonProperty("bytes_used")
  Optional<Long> bytesUsed();

  @JsonProperty("created_at")
  Optional<String> createdAt();

  @JsonProperty("encrypted")
  Optional<Boolean> encrypted();

  @JsonProperty("fstype")
  Optional<String> fstype();

  /** One of {@code ok}, {@code unknown}, {@code unreachable}. */
  @JsonProperty("host_status")
  Optional<String> hostStatus();

  @JsonProperty("id")
  String id();

  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("region")
  Optional<String> region();

  @JsonProperty("size_gb")
  Optional<Integer> sizeGb();

  @JsonProperty("snapshot_retention")
  Optional<Integer> snapshotRetention();

  @JsonProperty("state")
  Optional<String> state();

  /** One of {@code local}, {@code cache}. */
  @JsonProperty("type")
  Optional<String> type();

  @JsonProperty("zone")
  Optional<String> zone();
}
