package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** What creating and updating a Machine both take. */
public interface MachineLaunchFields {

  /** An object defining the Machine configuration */
  @JsonProperty("config")
  MachineConfig config();

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
