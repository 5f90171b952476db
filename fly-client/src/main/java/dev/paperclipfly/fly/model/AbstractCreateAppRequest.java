package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CreateAppRequest} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CreateAppRequest.class)
@JsonDeserialize(as = CreateAppRequest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCreateAppRequest {
  @JsonProperty("enable_subdomains")
  Optional<Boolean> enableSubdomains();

  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("network")
  Optional<String> network();

  @JsonProperty("org_slug")
  Optional<String> orgSlug();
}
