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
 * The {@code http_options.response} table: response header changes.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = HttpResponseOptions.class)
@JsonDeserialize(builder = HttpResponseOptions.Builder.class)
public abstract class AbstractHttpResponseOptions {

  /** {@code pristine}. */
  @JsonProperty("pristine")
  public abstract Optional<Boolean> pristine();

  /** {@code headers}: Header name to {@code false} (remove), a string or a list of strings. */
  @JsonProperty("headers")
  public abstract Map<String, Object> headers();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
