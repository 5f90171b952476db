package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code OwnershipVerification} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = OwnershipVerification.class)
@JsonDeserialize(as = OwnershipVerification.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractOwnershipVerification {
  @JsonProperty("app_value")
  Optional<String> appValue();

  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("org_value")
  Optional<String> orgValue();
}
