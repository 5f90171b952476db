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
 * A {@code [[services]]} section: raw TCP or UDP ports to {@code internal_port}.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Service.class)
@JsonDeserialize(builder = Service.Builder.class)
public abstract class AbstractService {

  /** {@code protocol}: {@code tcp} or {@code udp}. */
  @JsonProperty("protocol")
  public abstract Optional<String> protocol();

  /** {@code internal_port}. */
  @JsonProperty("internal_port")
  public abstract Optional<Integer> internalPort();

  /** {@code auto_stop_machines}. */
  @JsonProperty("auto_stop_machines")
  public abstract Optional<AutoStopMachines> autoStopMachines();

  /** {@code auto_start_machines}. */
  @JsonProperty("auto_start_machines")
  public abstract Optional<Boolean> autoStartMachines();

  /** {@code min_machines_running}. */
  @JsonProperty("min_machines_running")
  public abstract Optional<Integer> minMachinesRunning();

  /** {@code processes}. */
  @JsonProperty("processes")
  public abstract List<String> processes();

  /** {@code concurrency}. */
  @JsonProperty("concurrency")
  public abstract Optional<Concurrency> concurrency();

  /** {@code ports}. */
  @JsonProperty("ports")
  public abstract List<ServicePort> ports();

  /** {@code tcp_checks}. */
  @JsonProperty("tcp_checks")
  public abstract List<TcpCheck> tcpChecks();

  /** {@code http_checks}. */
  @JsonProperty("http_checks")
  public abstract List<HttpCheck> httpChecks();

  /** {@code machine_checks}. */
  @JsonProperty("machine_checks")
  public abstract List<MachineCheck> machineChecks();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
