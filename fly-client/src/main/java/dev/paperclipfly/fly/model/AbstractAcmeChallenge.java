package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code AcmeChallenge} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = AcmeChallenge.class)
@JsonDeserialize(as = AcmeChallenge.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractAcmeChallenge {
  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("target")
  Optional<String> target();
}
