package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code assignIPRequest} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = AssignIpRequest.class)
@JsonDeserialize(as = AssignIpRequest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractAssignIpRequest {
  @JsonProperty("network")
  Optional<String> network();

  @JsonProperty("org_slug")
  Optional<String> orgSlug();

  @JsonProperty("region")
  Optional<String> region();

  @JsonProperty("service_name")
  Optional<String> serviceName();

  @JsonProperty("type")
  Optional<String> type();
}
