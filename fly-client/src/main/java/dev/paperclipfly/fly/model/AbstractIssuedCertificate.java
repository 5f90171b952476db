package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code IssuedCertificate} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = IssuedCertificate.class)
@JsonDeserialize(as = IssuedCertificate.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractIssuedCertificate {
  @JsonProperty("certificate_authority")
  Optional<String> certificateAuthority();

  @JsonProperty("expires_at")
  Optional<String> expiresAt();

  /** One of {@code rsa}, {@code ecdsa}. */
  @JsonProperty("type")
  Optional<String> type();
}
