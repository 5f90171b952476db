package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A Secret needing to be set in the environment of the Machine. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineSecret.class)
@JsonDeserialize(as = MachineSecret.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineSecret {
  /** EnvVar is required and is the name of the environment variable that will be set from the secret. */
  @JsonProperty("env_var")
  Optional<String> envVar();

  /** Name is optional and when provided is used to reference a secret name where the EnvVar is different from what was set as the secret name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
