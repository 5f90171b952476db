package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An HTTP health check of {@code [[http_service.checks]]} or {@code [[services.http_checks]]}.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = HttpCheck.class)
@JsonDeserialize(builder = HttpCheck.Builder.class)
public abstract class AbstractHttpCheck {

  /** {@code grace_period}. */
  @JsonProperty("grace_period")
  public abstract Optional<FlyDuration> gracePeriod();

  /** {@code interval}. */
  @JsonProperty("interval")
  public abstract Optional<FlyDuration> interval();

  /** {@code method}. */
  @JsonProperty("method")
  public abstract Optional<String> method();

  /** {@code path}. */
  @JsonProperty("path")
  public abstract Optional<String> path();

  /** {@code protocol}: {@code http} or {@code https}. */
  @JsonProperty("protocol")
  public abstract Optional<String> protocol();

  /** {@code timeout}. */
  @JsonProperty("timeout")
  public abstract Optional<FlyDuration> timeout();

  /** {@code tls_server_name}. */
  @JsonProperty("tls_server_name")
  public abstract Optional<String> tlsServerName();

  /** {@code tls_skip_verify}. */
  @JsonProperty("tls_skip_verify")
  public abstract Optional<Boolean> tlsSkipVerify();

  /** {@code headers}. */
  @JsonProperty("headers")
  public abstract Map<String, String> headers();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
