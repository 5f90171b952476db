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
 * The {@code [build.compose]} section.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Compose.class)
@JsonDeserialize(builder = Compose.Builder.class)
public abstract class AbstractCompose {

  /** {@code file}. */
  @JsonProperty("file")
  public abstract Optional<String> file();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
