package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A {@code [mounts]} entry: a Fly volume mounted into the Machine.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Mount.class)
@JsonDeserialize(builder = Mount.Builder.class)
public abstract class AbstractMount {

  /** {@code source}: The volume name. */
  @JsonProperty("source")
  public abstract Optional<String> source();

  /** {@code destination}: The path inside the Machine. */
  @JsonProperty("destination")
  public abstract Optional<String> destination();

  /** {@code initial_size}. */
  @JsonProperty("initial_size")
  public abstract Optional<VolumeSize> initialSize();

  /** {@code snapshot_retention}: Days, 1 to 60. */
  @JsonProperty("snapshot_retention")
  public abstract Optional<Integer> snapshotRetention();

  /** {@code scheduled_snapshots}. */
  @JsonProperty("scheduled_snapshots")
  public abstract Optional<Boolean> scheduledSnapshots();

  /** {@code auto_extend_size_threshold}: Percent used, 50 to 99. */
  @JsonProperty("auto_extend_size_threshold")
  public abstract Optional<Integer> autoExtendSizeThreshold();

  /** {@code auto_extend_size_increment}. */
  @JsonProperty("auto_extend_size_increment")
  public abstract Optional<VolumeSize> autoExtendSizeIncrement();

  /** {@code auto_extend_size_limit}. */
  @JsonProperty("auto_extend_size_limit")
  public abstract Optional<VolumeSize> autoExtendSizeLimit();

  /** {@code processes}. */
  @JsonProperty("processes")
  public abstract List<String> processes();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
