package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code ImageRef} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ImageRef.class)
@JsonDeserialize(as = ImageRef.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractImageRef {
  @JsonProperty("digest")
  Optional<String> digest();

  @JsonProperty("labels")
  Map<String, String> labels();

  @JsonProperty("registry")
  Optional<String> registry();

  @JsonProperty("repository")
  Optional<String> repository();

  @JsonProperty("tag")
  Optional<String> tag();
}
