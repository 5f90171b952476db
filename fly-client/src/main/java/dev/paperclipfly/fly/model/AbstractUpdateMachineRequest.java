package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code UpdateMachineRequest} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = UpdateMachineRequest.class)
@JsonDeserialize(as = UpdateMachineRequest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractUpdateMachineRequest {
  /** An object defining the Machine configuration */
  @JsonProperty("config")
  MachineConfig config();

  @JsonProperty("current_version")
  Optional<String> currentVersion();

  @JsonProperty("lease_ttl")
  Optional<Long> leaseTtl();

  @JsonProperty("lsvd")
  Optional<Boolean> lsvd();

  @JsonProperty("min_secrets_version")
  Optional<Long> minSecretsVersion();

  /** Unique name for this Machine. */
  @JsonProperty("name")
  Optional<String> name();

  /** The target region. */
  @JsonProperty("region")
  Optional<String> region();

  @JsonProperty("skip_launch")
  Optional<Boolean> skipLaunch();

  @JsonProperty("skip_secrets")
  Optional<Boolean> skipSecrets();

  @JsonProperty("skip_service_registration")
  Optional<Boolean> skipServiceRegistration();
}
