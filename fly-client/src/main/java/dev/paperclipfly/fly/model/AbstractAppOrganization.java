package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code AppOrganizationInfo} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = AppOrganization.class)
@JsonDeserialize(as = AppOrganization.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractAppOrganization {
  @JsonProperty("internal_numeric_id")
  Optional<Long> internalNumericId();

  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("slug")
  Optional<String> slug();
}
