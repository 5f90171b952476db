package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code Machine} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Machine.class)
@JsonDeserialize(as = Machine.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachine extends MachineIdentity {
  @JsonProperty("checks")
  List<CheckStatus> checks();

  @JsonProperty("config")
  Optional<MachineConfig> config();

  @JsonProperty("events")
  List<MachineEvent> events();

  /** One of {@code ok}, {@code unknown}, {@code unreachable}. */
  @JsonProperty("host_status")
  Optional<String> hostStatus();

  @JsonProperty("image_ref")
  Optional<ImageRef> imageRef();

  @JsonProperty("incomplete_config")
  Optional<MachineConfig> incompleteConfig();

  /** InstanceID is unique for each version of the machine */
  @JsonProperty("instance_id")
  Optional<String> instanceId();

  /** Nonce is only every returned on machine creation if a lease_duration was provided. */
  @JsonProperty("nonce")
  Optional<String> nonce();

  /** PrivateIP is the internal 6PN address of the machine. */
  @JsonProperty("private_ip")
  Optional<String> privateIp();

}
