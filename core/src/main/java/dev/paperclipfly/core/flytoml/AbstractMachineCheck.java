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
 * A check that runs a throwaway Machine during deploy ({@code [[machine_checks]]} and the service variants).
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineCheck.class)
@JsonDeserialize(builder = MachineCheck.Builder.class)
public abstract class AbstractMachineCheck {

  /** {@code command}. */
  @JsonProperty("command")
  public abstract List<String> command();

  /** {@code image}. */
  @JsonProperty("image")
  public abstract Optional<String> image();

  /** {@code entrypoint}. */
  @JsonProperty("entrypoint")
  public abstract List<String> entrypoint();

  /** {@code kill_signal}. */
  @JsonProperty("kill_signal")
  public abstract Optional<String> killSignal();

  /** {@code kill_timeout}. */
  @JsonProperty("kill_timeout")
  public abstract Optional<FlyDuration> killTimeout();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
