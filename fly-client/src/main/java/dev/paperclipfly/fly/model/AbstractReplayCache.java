package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.ReplayCache} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ReplayCache.class)
@JsonDeserialize(as = ReplayCache.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractReplayCache {
  @JsonProperty("allow_bypass")
  Optional<Boolean> allowBypass();

  /** Name of the cookie or header to key the cache on */
  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("path_prefix")
  Optional<String> pathPrefix();

  @JsonProperty("ttl_seconds")
  Optional<Integer> ttlSeconds();

  /** Currently either "cookie" or "header" One of {@code cookie}, {@code header}. */
  @JsonProperty("type")
  Optional<String> type();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
