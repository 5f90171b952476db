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
 * The {@code [http_service]} section: HTTP on ports 80 and 443 to {@code internal_port}.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = HttpService.class)
@JsonDeserialize(builder = HttpService.Builder.class)
public abstract class AbstractHttpService {

  /** {@code internal_port}. */
  @JsonProperty("internal_port")
  public abstract Optional<Integer> internalPort();

  /** {@code force_https}. */
  @JsonProperty("force_https")
  public abstract Optional<Boolean> forceHttps();

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

  /** {@code tls_options}. */
  @JsonProperty("tls_options")
  public abstract Optional<TlsOptions> tlsOptions();

  /** {@code http_options}. */
  @JsonProperty("http_options")
  public abstract Optional<HttpOptions> httpOptions();

  /** {@code checks}: The {@code [[http_service.checks]]}. */
  @JsonProperty("checks")
  public abstract List<HttpCheck> checks();

  /** {@code machine_checks}. */
  @JsonProperty("machine_checks")
  public abstract List<MachineCheck> machineChecks();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
