package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CheckStatus} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CheckStatus.class)
@JsonDeserialize(as = CheckStatus.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCheckStatus {
  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("output")
  Optional<String> output();

  @JsonProperty("status")
  Optional<String> status();

  @JsonProperty("updated_at")
  Optional<String> updatedAt();
}
