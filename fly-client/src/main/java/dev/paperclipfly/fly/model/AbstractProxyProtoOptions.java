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

/** The API's {@code fly.ProxyProtoOptions} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ProxyProtoOptions.class)
@JsonDeserialize(as = ProxyProtoOptions.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractProxyProtoOptions {
  @JsonProperty("version")
  Optional<String> version();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
