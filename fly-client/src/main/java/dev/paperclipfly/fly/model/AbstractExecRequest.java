package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code MachineExecRequest} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ExecRequest.class)
@JsonDeserialize(as = ExecRequest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractExecRequest {
  /** Deprecated: use Command instead */
  @JsonProperty("cmd")
  Optional<String> cmd();

  @JsonProperty("command")
  List<String> command();

  @JsonProperty("container")
  Optional<String> container();

  @JsonProperty("stdin")
  Optional<String> stdin();

  @JsonProperty("timeout")
  Optional<Integer> timeout();
}
