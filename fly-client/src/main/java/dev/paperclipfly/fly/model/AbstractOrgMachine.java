package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code OrgMachine} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = OrgMachine.class)
@JsonDeserialize(as = OrgMachine.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractOrgMachine extends MachineIdentity {
  @JsonProperty("app_name")
  Optional<String> appName();

  @JsonProperty("config")
  Optional<MachineOverviewConfig> config();

  /** Deprecated: use Version. */
  @JsonProperty("instance_id")
  Optional<String> instanceId();

  @JsonProperty("private_ip")
  Optional<String> privateIp();

  @JsonProperty("version")
  Optional<String> version();
}
