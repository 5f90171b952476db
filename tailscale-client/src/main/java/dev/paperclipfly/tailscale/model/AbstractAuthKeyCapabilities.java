package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import org.immutables.value.Value;

/** What devices joining with an auth key get: the API's {@code capabilities.devices.create}. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractAuthKeyCapabilities {
  @Value.Default
  default boolean reusable() {
    return false;
  }

  @Value.Default
  default boolean ephemeral() {
    return false;
  }

  @Value.Default
  default boolean preauthorized() {
    return false;
  }

  List<String> tags();
}
