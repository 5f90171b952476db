package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a command run with {@code exec} did. The API answers HTTP 200 even when the command failed, so
 * look at {@link #exitCode()} (or call {@link #requireSuccess()}) before trusting the output.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ExecResult.class)
@JsonDeserialize(as = ExecResult.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractExecResult {
  /** The command's exit status; the API leaves it out when it is 0. */
  @JsonProperty("exit_code")
  @Value.Default
  default int exitCode() {
    return 0;
  }

  /** The signal that ended the command, when a signal did. */
  @JsonProperty("exit_signal")
  Optional<Integer> exitSignal();

  @JsonProperty("stderr")
  Optional<String> stderr();

  @JsonProperty("stdout")
  Optional<String> stdout();

  /** True when the command exited with status 0 and was not ended by a signal. */
  default boolean succeeded() {
    return exitCode() == 0 && exitSignal().orElse(0) == 0;
  }

  /**
   * Returns this result when the command succeeded.
   *
   * @throws dev.paperclipfly.fly.ExecFailedException carrying this result when it did not
   */
  default ExecResult requireSuccess() {
    if (!succeeded()) {
      throw new dev.paperclipfly.fly.ExecFailedException((ExecResult) this);
    }
    return (ExecResult) this;
  }
}
