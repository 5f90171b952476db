package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code IPAssignment} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = IpAssignment.class)
@JsonDeserialize(as = IpAssignment.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractIpAssignment {
  @JsonProperty("created_at")
  Optional<String> createdAt();

  @JsonProperty("ip")
  String ip();

  @JsonProperty("region")
  Optional<String> region();

  @JsonProperty("service_name")
  Optional<String> serviceName();

  @JsonProperty("shared")
  Optional<Boolean> shared();
}
