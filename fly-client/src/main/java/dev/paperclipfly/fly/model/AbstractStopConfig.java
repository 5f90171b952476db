package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.StopConfig} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = StopConfig.class)
@JsonDeserialize(as = StopConfig.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractStopConfig {
  /** One of {@code SIGHUP}, {@code SIGINT}, {@code SIGQUIT}, {@code SIGKILL}, {@code SIGUSR1}, {@code SIGUSR2}, {@code SIGTERM}. */
  @JsonProperty("signal")
  Optional<String> signal();

  @JsonProperty("timeout")
  Optional<Duration> timeout();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
