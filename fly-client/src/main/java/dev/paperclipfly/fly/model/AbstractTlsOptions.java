package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.TLSOptions} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = TlsOptions.class)
@JsonDeserialize(as = TlsOptions.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractTlsOptions {
  @JsonProperty("alpn")
  List<String> alpn();

  @JsonProperty("default_self_signed")
  Optional<Boolean> defaultSelfSigned();

  @JsonProperty("versions")
  List<String> versions();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
