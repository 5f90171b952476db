package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code CertificateDetail} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = CertificateDetail.class)
@JsonDeserialize(as = CertificateDetail.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractCertificateDetail extends CertificateFields {
}
