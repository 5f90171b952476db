package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.DNSConfig} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = DnsConfig.class)
@JsonDeserialize(as = DnsConfig.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractDnsConfig {
  @JsonProperty("dns_forward_rules")
  List<DnsForwardRule> dnsForwardRules();

  @JsonProperty("hostname")
  Optional<String> hostname();

  @JsonProperty("hostname_fqdn")
  Optional<String> hostnameFqdn();

  @JsonProperty("nameservers")
  List<String> nameservers();

  @JsonProperty("options")
  List<DnsOption> options();

  @JsonProperty("searches")
  List<String> searches();

  @JsonProperty("skip_registration")
  Optional<Boolean> skipRegistration();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
