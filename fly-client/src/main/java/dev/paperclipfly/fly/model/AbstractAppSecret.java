package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code AppSecret} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = AppSecret.class)
@JsonDeserialize(as = AppSecret.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractAppSecret {
  @JsonProperty("created_at")
  Optional<String> createdAt();

  @JsonProperty("digest")
  Optional<String> digest();

  @JsonProperty("name")
  String name();

  @JsonProperty("updated_at")
  Optional<String> updatedAt();

  @JsonProperty("value")
  Optional<Secret> value();
}
