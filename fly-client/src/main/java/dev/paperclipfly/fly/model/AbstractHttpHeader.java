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

/** For http checks, an array of objects with string field Name and array of strings field Values. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = HttpHeader.class)
@JsonDeserialize(as = HttpHeader.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractHttpHeader {
  /** The header name */
  @JsonProperty("name")
  Optional<String> name();

  /** The header value */
  @JsonProperty("values")
  List<String> values();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
