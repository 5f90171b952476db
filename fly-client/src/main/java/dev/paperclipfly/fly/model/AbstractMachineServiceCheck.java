package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.MachineServiceCheck} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineServiceCheck.class)
@JsonDeserialize(as = MachineServiceCheck.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineServiceCheck extends HealthCheckFields {
  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
