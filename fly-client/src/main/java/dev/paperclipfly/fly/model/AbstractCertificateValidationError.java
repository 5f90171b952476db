package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CertificateValidationError} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CertificateValidationError.class)
@JsonDeserialize(as = CertificateValidationError.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCertificateValidationError {
  @JsonProperty("code")
  Optional<String> code();

  @JsonProperty("message")
  Optional<String> message();

  @JsonProperty("remediation")
  Optional<String> remediation();

  @JsonProperty("timestamp")
  Optional<String> timestamp();
}
