package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code ListenSocket} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ListenSocket.class)
@JsonDeserialize(as = ListenSocket.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractListenSocket {
  @JsonProperty("address")
  Optional<String> address();

  @JsonProperty("proto")
  Optional<String> proto();
}
