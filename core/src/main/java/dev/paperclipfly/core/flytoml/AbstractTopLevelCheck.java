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
 * A {@code [checks.<name>]} section: a Machine check independent of services.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = TopLevelCheck.class)
@JsonDeserialize(builder = TopLevelCheck.Builder.class)
public abstract class AbstractTopLevelCheck {

  /** {@code port}: Defaults to the {@code http_service} internal port. */
  @JsonProperty("port")
  public abstract Optional<Integer> port();

  /** {@code type}: {@code http} or {@code tcp}. */
  @JsonProperty("type")
  public abstract Optional<String> type();

  /** {@code interval}. */
  @JsonProperty("interval")
  public abstract Optional<FlyDuration> interval();

  /** {@code timeout}. */
  @JsonProperty("timeout")
  public abstract Optional<FlyDuration> timeout();

  /** {@code grace_period}. */
  @JsonProperty("grace_period")
  public abstract Optional<FlyDuration> gracePeriod();

  /** {@code method}. */
  @JsonProperty("method")
  public abstract Optional<String> method();

  /** {@code path}. */
  @JsonProperty("path")
  public abstract Optional<String> path();

  /** {@code protocol}. */
  @JsonProperty("protocol")
  public abstract Optional<String> protocol();

  /** {@code tls_skip_verify}. */
  @JsonProperty("tls_skip_verify")
  public abstract Optional<Boolean> tlsSkipVerify();

  /** {@code tls_server_name}. */
  @JsonProperty("tls_server_name")
  public abstract Optional<String> tlsServerName();

  /** {@code headers}. */
  @JsonProperty("headers")
  public abstract Map<String, String> headers();

  /** {@code processes}. */
  @JsonProperty("processes")
  public abstract List<String> processes();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
