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

/** The API's {@code fly.MachinePort} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachinePort.class)
@JsonDeserialize(as = MachinePort.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachinePort {
  @JsonProperty("end_port")
  Optional<Integer> endPort();

  @JsonProperty("force_https")
  Optional<Boolean> forceHttps();

  @JsonProperty("handlers")
  List<String> handlers();

  @JsonProperty("http_options")
  Optional<HttpOptions> httpOptions();

  @JsonProperty("port")
  Optional<Integer> port();

  @JsonProperty("proxy_proto_options")
  Optional<ProxyProtoOptions> proxyProtoOptions();

  @JsonProperty("start_port")
  Optional<Integer> startPort();

  @JsonProperty("tls_options")
  Optional<TlsOptions> tlsOptions();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
