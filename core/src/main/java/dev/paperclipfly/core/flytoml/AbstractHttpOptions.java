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
 * The {@code http_options} of a service or port.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = HttpOptions.class)
@JsonDeserialize(builder = HttpOptions.Builder.class)
public abstract class AbstractHttpOptions {

  /** {@code compress}. */
  @JsonProperty("compress")
  public abstract Optional<Boolean> compress();

  /** {@code h2_backend}. */
  @JsonProperty("h2_backend")
  public abstract Optional<Boolean> h2Backend();

  /** {@code idle_timeout}: Seconds. */
  @JsonProperty("idle_timeout")
  public abstract Optional<Integer> idleTimeout();

  /** {@code headers_read_timeout}: Seconds. */
  @JsonProperty("headers_read_timeout")
  public abstract Optional<Integer> headersReadTimeout();

  /** {@code response}. */
  @JsonProperty("response")
  public abstract Optional<HttpResponseOptions> response();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
