package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A file that will be written to the Machine. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineFile.class)
@JsonDeserialize(as = MachineFile.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineFile {
  /** GuestPath is the path on the machine where the file will be written and must be an absolute path. */
  @JsonProperty("guest_path")
  Optional<String> guestPath();

  /** The name of an image to use the OCI image config as the file contents. */
  @JsonProperty("image_config")
  Optional<String> imageConfig();

  /** Mode bits used to set permissions on this file as accepted by chmod(2). */
  @JsonProperty("mode")
  Optional<Integer> mode();

  /** The base64 encoded string of the file contents. */
  @JsonProperty("raw_value")
  Optional<String> rawValue();

  /** The name of the secret that contains the base64 encoded file contents. */
  @JsonProperty("secret_name")
  Optional<String> secretName();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
