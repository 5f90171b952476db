package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.MachineCheck} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineCheck.class)
@JsonDeserialize(as = MachineCheck.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineCheck {
  /** The time to wait after a VM starts before checking its health */
  @JsonProperty("grace_period")
  Optional<Duration> gracePeriod();

  @JsonProperty("headers")
  List<HttpHeader> headers();

  /** The time between connectivity checks */
  @JsonProperty("interval")
  Optional<Duration> interval();

  /** Kind of the check (informational, readiness) One of {@code informational}, {@code readiness}. */
  @JsonProperty("kind")
  Optional<String> kind();

  /** For http checks, the HTTP method to use to when making the request */
  @JsonProperty("method")
  Optional<String> method();

  /** For http checks, the path to send the request to */
  @JsonProperty("path")
  Optional<String> path();

  /** The port to connect to, often the same as internal_port */
  @JsonProperty("port")
  Optional<Integer> port();

  /** For http checks, whether to use http or https */
  @JsonProperty("protocol")
  Optional<String> protocol();

  /** The maximum time a connection can take before being reported as failing its health check */
  @JsonProperty("timeout")
  Optional<Duration> timeout();

  /** If the protocol is https, the hostname to use for TLS certificate validation */
  @JsonProperty("tls_server_name")
  Optional<String> tlsServerName();

  /** For http checks with https protocol, whether or not to verify the TLS certificate */
  @JsonProperty("tls_skip_verify")
  Optional<Boolean> tlsSkipVerify();

  /** tcp or http */
  @JsonProperty("type")
  Optional<String> type();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
