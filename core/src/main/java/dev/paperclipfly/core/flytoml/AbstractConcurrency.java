package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code concurrency} of a service: when the proxy sends traffic elsewhere.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Concurrency.class)
@JsonDeserialize(builder = Concurrency.Builder.class)
public abstract class AbstractConcurrency {

  /** {@code type}: {@code connections} or {@code requests}. */
  @JsonProperty("type")
  public abstract Optional<String> type();

  /** {@code hard_limit}. */
  @JsonProperty("hard_limit")
  public abstract Optional<Integer> hardLimit();

  /** {@code soft_limit}. */
  @JsonProperty("soft_limit")
  public abstract Optional<Integer> softLimit();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
