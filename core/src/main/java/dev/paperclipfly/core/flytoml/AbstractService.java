package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
@JsonPropertyOrder({"protocol", "internal_port", "auto_stop_machines", "auto_start_machines", "min_machines_running", "processes", "concurrency", "ports", "tcp_checks", "http_checks", "machine_checks"})
public abstract class AbstractService implements ProxiedService {

  /** {@code protocol}: {@code tcp} or {@code udp}. */
  @JsonProperty("protocol")
  public abstract Optional<String> protocol();

  /** {@code ports}. */
  @JsonProperty("ports")
  public abstract List<ServicePort> ports();

  /** {@code tcp_checks}. */
  @JsonProperty("tcp_checks")
  public abstract List<TcpCheck> tcpChecks();

  /** {@code http_checks}. */
  @JsonProperty("http_checks")
  public abstract List<HttpCheck> httpChecks();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
