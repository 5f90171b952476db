package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CertificateEntry} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CertificateEntry.class)
@JsonDeserialize(as = CertificateEntry.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCertificateEntry {
  @JsonProperty("created_at")
  Optional<String> createdAt();

  @JsonProperty("expires_at")
  Optional<String> expiresAt();

  @JsonProperty("issued")
  List<IssuedCertificate> issued();

  @JsonProperty("issuer")
  Optional<String> issuer();

  /** One of {@code custom}, {@code fly}. */
  @JsonProperty("source")
  Optional<String> source();

  /** One of {@code active}, {@code pending_ownership}, {@code pending_validation}. */
  @JsonProperty("status")
  Optional<String> status();
}
