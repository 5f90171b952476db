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

/** The API's {@code fly.HTTPResponseOptions} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = HttpResponseOptions.class)
@JsonDeserialize(as = HttpResponseOptions.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractHttpResponseOptions {
  @JsonProperty("headers")
  Map<String, Object> headers();

  @JsonProperty("pristine")
  Optional<Boolean> pristine();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
