package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** What identifies a Machine and its state in every listing. */
public interface MachineIdentity {
  @JsonProperty("created_at")
  Optional<String> createdAt();

  @JsonProperty("id")
  String id();

  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("region")
  Optional<String> region();

  @JsonProperty("state")
  Optional<String> state();

  @JsonProperty("updated_at")
  Optional<String> updatedAt();
}
