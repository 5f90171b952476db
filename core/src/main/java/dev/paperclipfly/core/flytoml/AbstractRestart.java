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
 * A {@code [[restart]]} section: the restart policy of some or all process groups.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Restart.class)
@JsonDeserialize(builder = Restart.Builder.class)
public abstract class AbstractRestart {

  /** {@code policy}: {@code always}, {@code never} or {@code on-failure}. */
  @JsonProperty("policy")
  public abstract Optional<String> policy();

  /** {@code retries}. */
  @JsonProperty("retries")
  public abstract Optional<Integer> retries();

  /** {@code processes}. */
  @JsonProperty("processes")
  public abstract List<String> processes();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
