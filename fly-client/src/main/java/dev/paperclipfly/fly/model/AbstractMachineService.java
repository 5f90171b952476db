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

/** The API's {@code fly.MachineService} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineService.class)
@JsonDeserialize(as = MachineService.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineService {
  @JsonProperty("autostart")
  Optional<Boolean> autostart();

  /** Accepts a string (new format) or a boolean (old format). One of {@code off}, {@code stop}, {@code suspend}. */
  @JsonProperty("autostop")
  Optional<Autostop> autostop();

  /** An optional list of service checks */
  @JsonProperty("checks")
  List<MachineServiceCheck> checks();

  @JsonProperty("concurrency")
  Optional<ServiceConcurrency> concurrency();

  @JsonProperty("force_instance_description")
  Optional<String> forceInstanceDescription();

  @JsonProperty("force_instance_key")
  Optional<String> forceInstanceKey();

  @JsonProperty("internal_port")
  Optional<Integer> internalPort();

  @JsonProperty("min_machines_running")
  Optional<Integer> minMachinesRunning();

  @JsonProperty("ports")
  List<MachinePort> ports();

  @JsonProperty("protocol")
  Optional<String> protocol();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
