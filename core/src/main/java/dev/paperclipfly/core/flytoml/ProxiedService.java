package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * What {@code [http_service]} and {@code [[services]]} share: the port Fly's proxy sends traffic to,
 * how it starts and stops Machines, which process groups serve, and when it routes elsewhere.
 */
public interface ProxiedService {

  /** {@code internal_port}: the port the app listens on inside the Machine. */
  @JsonProperty("internal_port")
  Optional<Integer> internalPort();

  /** {@code auto_stop_machines}: what the proxy does with idle Machines. */
  @JsonProperty("auto_stop_machines")
  Optional<AutoStopMachines> autoStopMachines();

  /** {@code auto_start_machines}: whether the proxy starts stopped Machines on demand. */
  @JsonProperty("auto_start_machines")
  Optional<Boolean> autoStartMachines();

  /** {@code min_machines_running}: Machines kept running in the primary region. */
  @JsonProperty("min_machines_running")
  Optional<Integer> minMachinesRunning();

  /** {@code processes}: the process groups that serve this service. */
  @JsonProperty("processes")
  List<String> processes();

  /** {@code concurrency}: when the proxy sends traffic elsewhere. */
  @JsonProperty("concurrency")
  Optional<Concurrency> concurrency();

  /** {@code machine_checks}: checks run on a throwaway Machine during deploy. */
  @JsonProperty("machine_checks")
  List<MachineCheck> machineChecks();
}
