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

/** EnvVar defines an environment variable to be populated from a machine field, env_var */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = EnvFrom.class)
@JsonDeserialize(as = EnvFrom.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractEnvFrom {
  /** EnvVar is required and is the name of the environment variable that will be set from the secret. */
  @JsonProperty("env_var")
  Optional<String> envVar();

  /** FieldRef selects a field of the Machine: supports id, version, app_name, private_ip, region, image. One of {@code id}, {@code version}, {@code app_name}, {@code private_ip}, {@code region}, {@code image}. */
  @JsonProperty("field_ref")
  Optional<String> fieldRef();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
