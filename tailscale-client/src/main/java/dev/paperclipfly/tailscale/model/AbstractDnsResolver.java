package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import org.immutables.value.Value;

/** A DNS resolver in the tailnet's DNS configuration. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractDnsResolver {
  /** IP address (or DoH URL) of the resolver. */
  @Value.Parameter
  String address();

  /** Also use it while an exit node is in use (clients 1.88.1 and later). */
  @Value.Default
  default boolean useWithExitNode() {
    return false;
  }
}
