package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The fields a top-level check and a service check share. */
public interface HealthCheckFields {

  /** The time to wait after a VM starts before checking its health */
  @JsonProperty("grace_period")
  Optional<Duration> gracePeriod();

  @JsonProperty("headers")
  List<HttpHeader> headers();

  /** The time between connectivity checks */
  @JsonProperty("interval")
  Optional<Duration> interval();

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
}
