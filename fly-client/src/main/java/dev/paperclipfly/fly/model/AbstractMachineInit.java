package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.MachineInit} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineInit.class)
@JsonDeserialize(as = MachineInit.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineInit {
  @JsonProperty("cmd")
  List<String> cmd();

  @JsonProperty("entrypoint")
  List<String> entrypoint();

  @JsonProperty("exec")
  List<String> exec();

  @JsonProperty("kernel_args")
  List<String> kernelArgs();

  @JsonProperty("swap_size_mb")
  Optional<Integer> swapSizeMb();

  @JsonProperty("tty")
  Optional<Boolean> tty();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
