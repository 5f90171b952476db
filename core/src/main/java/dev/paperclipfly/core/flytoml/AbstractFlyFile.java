package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A {@code [[files]]} entry: a file written into the Machine, from exactly one of a local path, a secret or a raw value.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = FlyFile.class)
@JsonDeserialize(builder = FlyFile.Builder.class)
public abstract class AbstractFlyFile {

  /** {@code guest_path}. */
  @JsonProperty("guest_path")
  public abstract Optional<String> guestPath();

  /** {@code local_path}. */
  @JsonProperty("local_path")
  public abstract Optional<String> localPath();

  /** {@code secret_name}. */
  @JsonProperty("secret_name")
  public abstract Optional<String> secretName();

  /** {@code raw_value}: Plain text; flyctl base64-encodes it. */
  @JsonProperty("raw_value")
  public abstract Optional<String> rawValue();

  /** {@code processes}. */
  @JsonProperty("processes")
  public abstract List<String> processes();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
