package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CertificateValidation} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CertificateValidation.class)
@JsonDeserialize(as = CertificateValidation.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCertificateValidation {
  @JsonProperty("alpn_configured")
  Optional<Boolean> alpnConfigured();

  @JsonProperty("dns_configured")
  Optional<Boolean> dnsConfigured();

  @JsonProperty("http_configured")
  Optional<Boolean> httpConfigured();

  @JsonProperty("ownership_txt_configured")
  Optional<Boolean> ownershipTxtConfigured();
}
