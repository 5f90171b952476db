package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CertificateSummary} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CertificateSummary.class)
@JsonDeserialize(as = CertificateSummary.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCertificateSummary {
  @JsonProperty("acme_alpn_configured")
  Optional<Boolean> acmeAlpnConfigured();

  @JsonProperty("acme_dns_configured")
  Optional<Boolean> acmeDnsConfigured();

  @JsonProperty("acme_http_configured")
  Optional<Boolean> acmeHttpConfigured();

  @JsonProperty("acme_requested")
  Optional<Boolean> acmeRequested();

  @JsonProperty("configured")
  Optional<Boolean> configured();

  @JsonProperty("created_at")
  Optional<String> createdAt();

  @JsonProperty("dns_provider")
  Optional<String> dnsProvider();

  @JsonProperty("has_custom_certificate")
  Optional<Boolean> hasCustomCertificate();

  @JsonProperty("has_fly_certificate")
  Optional<Boolean> hasFlyCertificate();

  @JsonProperty("hostname")
  String hostname();

  @JsonProperty("ownership_txt_configured")
  Optional<Boolean> ownershipTxtConfigured();

  @JsonProperty("status")
  Optional<String> status();

  @JsonProperty("updated_at")
  Optional<String> updatedAt();
}
