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

/** The API's {@code fly.HTTPOptions} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = HttpOptions.class)
@JsonDeserialize(as = HttpOptions.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractHttpOptions {
  @JsonProperty("compress")
  Optional<Boolean> compress();

  @JsonProperty("h2_backend")
  Optional<Boolean> h2Backend();

  @JsonProperty("headers_read_timeout")
  Optional<Integer> headersReadTimeout();

  @JsonProperty("idle_timeout")
  Optional<Integer> idleTimeout();

  @JsonProperty("replay_cache")
  List<ReplayCache> replayCache();

  @JsonProperty("response")
  Optional<HttpResponseOptions> response();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
