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
 * A {@code [[statics]]} section: files served by Fly's proxy.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Static.class)
@JsonDeserialize(builder = Static.Builder.class)
public abstract class AbstractStatic {

  /** {@code guest_path}. */
  @JsonProperty("guest_path")
  public abstract Optional<String> guestPath();

  /** {@code url_prefix}. */
  @JsonProperty("url_prefix")
  public abstract Optional<String> urlPrefix();

  /** {@code tigris_bucket}. */
  @JsonProperty("tigris_bucket")
  public abstract Optional<String> tigrisBucket();

  /** {@code index_document}. */
  @JsonProperty("index_document")
  public abstract Optional<String> indexDocument();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
