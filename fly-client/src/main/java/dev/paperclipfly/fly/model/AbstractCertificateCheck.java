package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CertificateCheckResponse} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CertificateCheck.class)
@JsonDeserialize(as = CertificateCheck.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCertificateCheck extends CertificateFields {
  @JsonProperty("dns_records")
  Optional<DnsRecords> dnsRecords();

}
