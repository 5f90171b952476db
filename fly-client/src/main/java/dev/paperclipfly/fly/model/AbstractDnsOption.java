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

/** The API's {@code fly.dnsOption} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = DnsOption.class)
@JsonDeserialize(as = DnsOption.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractDnsOption {
  @JsonProperty("name")
  Optional<String> name();

  @JsonProperty("value")
  Optional<String> value();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
