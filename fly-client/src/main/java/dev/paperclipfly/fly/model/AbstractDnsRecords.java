package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code DNSRecords} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = DnsRecords.class)
@JsonDeserialize(as = DnsRecords.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractDnsRecords {
  @JsonProperty("a")
  List<String> a();

  @JsonProperty("aaaa")
  List<String> aaaa();

  @JsonProperty("acme_challenge_cname")
  Optional<String> acmeChallengeCname();

  @JsonProperty("cname")
  List<String> cname();

  @JsonProperty("ownership_txt")
  Optional<String> ownershipTxt();

  @JsonProperty("resolved_addresses")
  List<String> resolvedAddresses();

  @JsonProperty("soa")
  Optional<String> soa();
}
