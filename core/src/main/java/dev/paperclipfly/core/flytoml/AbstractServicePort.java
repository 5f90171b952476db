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
 * A {@code [[services.ports]]} entry: one public port or a range, and its handlers.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ServicePort.class)
@JsonDeserialize(builder = ServicePort.Builder.class)
public abstract class AbstractServicePort {

  /** {@code port}. */
  @JsonProperty("port")
  public abstract Optional<Integer> port();

  /** {@code start_port}. */
  @JsonProperty("start_port")
  public abstract Optional<Integer> startPort();

  /** {@code end_port}. */
  @JsonProperty("end_port")
  public abstract Optional<Integer> endPort();

  /** {@code handlers}: e.g. {@code http}, {@code tls}, {@code proxy_proto}, {@code pg_tls}, {@code edge_http}. */
  @JsonProperty("handlers")
  public abstract List<String> handlers();

  /** {@code force_https}. */
  @JsonProperty("force_https")
  public abstract Optional<Boolean> forceHttps();

  /** {@code tls_options}. */
  @JsonProperty("tls_options")
  public abstract Optional<TlsOptions> tlsOptions();

  /** {@code http_options}. */
  @JsonProperty("http_options")
  public abstract Optional<HttpOptions> httpOptions();

  /** {@code proxy_proto_options}. */
  @JsonProperty("proxy_proto_options")
  public abstract Optional<ProxyProtoOptions> proxyProtoOptions();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
