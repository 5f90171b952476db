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
 * The {@code tls_options} of a service or port.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = TlsOptions.class)
@JsonDeserialize(builder = TlsOptions.Builder.class)
public abstract class AbstractTlsOptions {

  /** {@code alpn}. */
  @JsonProperty("alpn")
  public abstract List<String> alpn();

  /** {@code versions}. */
  @JsonProperty("versions")
  public abstract List<String> versions();

  /** {@code default_self_signed}. */
  @JsonProperty("default_self_signed")
  public abstract Optional<Boolean> defaultSelfSigned();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
