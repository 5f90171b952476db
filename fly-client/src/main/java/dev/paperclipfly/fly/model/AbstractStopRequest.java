package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** How to stop a Machine: the signal to send first, and how long to wait before killing it. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = StopRequest.class)
@JsonDeserialize(as = StopRequest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractStopRequest {
  @JsonProperty("signal")
  Optional<Signal> signal();

  @JsonProperty("timeout")
  Optional<Duration> timeout();

  @Value.Check
  default void check() {
    if (signal().isPresent() && !signal().get().stoppable()) {
      throw new IllegalStateException(
          "signal " + signal().get() + " cannot stop a Machine: use SIGTERM, SIGINT, SIGQUIT, SIGHUP, SIGUSR1, SIGUSR2 or SIGKILL");
    }
  }
}
