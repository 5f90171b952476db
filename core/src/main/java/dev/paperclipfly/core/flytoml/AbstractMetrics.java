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
 * A {@code [[metrics]]} section: where Fly scrapes Prometheus metrics.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Metrics.class)
@JsonDeserialize(builder = Metrics.Builder.class)
public abstract class AbstractMetrics {

  /** {@code port}. */
  @JsonProperty("port")
  public abstract Optional<Integer> port();

  /** {@code path}. */
  @JsonProperty("path")
  public abstract Optional<String> path();

  /** {@code https}. */
  @JsonProperty("https")
  public abstract Optional<Boolean> https();

  /** {@code processes}. */
  @JsonProperty("processes")
  public abstract List<String> processes();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
