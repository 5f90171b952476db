package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CertificateDetail} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CertificateDetail.class)
@JsonDeserialize(as = CertificateDetail.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCertificateDetail {
  @JsonProperty("acme_requested")
  Optional<Boolean> acmeRequested();

  @JsonProperty("certificates")
  List<CertificateEntry> certificates();

  @JsonProperty("configured")
  Optional<Boolean> configured();

  @JsonProperty("dns_provider")
  Optional<String> dnsProvider();

  @JsonProperty("dns_requirements")
  Optional<DnsRequirements> dnsRequirements();

  @JsonProperty("hostname")
  String hostname();

  @JsonProperty("rate_limited_until")
  Optional<String> rateLimitedUntil();

  @JsonProperty("status")
  Optional<String> status();

  @JsonProperty("validation")
  Optional<CertificateValidation> validation();

  @JsonProperty("validation_errors")
  List<CertificateValidationError> validationErrors();
}
