package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code proxy_proto_options} of a port.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ProxyProtoOptions.class)
@JsonDeserialize(builder = ProxyProtoOptions.Builder.class)
public abstract class AbstractProxyProtoOptions {

  /** {@code version}: e.g. {@code v2}. */
  @JsonProperty("version")
  public abstract Optional<String> version();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
