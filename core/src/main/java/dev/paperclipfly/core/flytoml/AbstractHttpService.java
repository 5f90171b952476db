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
 * The {@code [http_service]} section: HTTP on ports 80 and 443 to {@code internal_port}.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = HttpService.class)
@JsonDeserialize(builder = HttpService.Builder.class)
@JsonPropertyOrder({"internal_port", "force_https", "auto_stop_machines", "auto_start_machines", "min_machines_running", "processes", "concurrency", "tls_options", "http_options", "checks", "machine_checks"})
public abstract class AbstractHttpService implements ProxiedService {

  /** {@code force_https}. */
  @JsonProperty("force_https")
  public abstract Optional<Boolean> forceHttps();

  /** {@code tls_options}. */
  @JsonProperty("tls_options")
  public abstract Optional<TlsOptions> tlsOptions();

  /** {@code http_options}. */
  @JsonProperty("http_options")
  public abstract Optional<HttpOptions> httpOptions();

  /** {@code checks}: the {@code [[http_service.checks]]}. */
  @JsonProperty("checks")
  public abstract List<HttpCheck> checks();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
