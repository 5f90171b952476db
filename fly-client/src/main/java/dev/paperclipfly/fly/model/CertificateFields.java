package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** What a certificate lookup and a certificate check both report. */
public interface CertificateFields {

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
