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
 * A TCP health check of {@code [[services.tcp_checks]]}.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = TcpCheck.class)
@JsonDeserialize(builder = TcpCheck.Builder.class)
public abstract class AbstractTcpCheck {

  /** {@code grace_period}. */
  @JsonProperty("grace_period")
  public abstract Optional<FlyDuration> gracePeriod();

  /** {@code interval}. */
  @JsonProperty("interval")
  public abstract Optional<FlyDuration> interval();

  /** {@code timeout}. */
  @JsonProperty("timeout")
  public abstract Optional<FlyDuration> timeout();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
