package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code DNSRequirements} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = DnsRequirements.class)
@JsonDeserialize(as = DnsRequirements.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractDnsRequirements {
  @JsonProperty("a")
  List<String> a();

  @JsonProperty("aaaa")
  List<String> aaaa();

  @JsonProperty("acme_challenge")
  Optional<AcmeChallenge> acmeChallenge();

  @JsonProperty("cname")
  Optional<String> cname();

  @JsonProperty("ownership")
  Optional<OwnershipVerification> ownership();
}
