package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The tailnet's whole DNS configuration ({@code /tailnet/{t}/dns/configuration}). Setting it
 * replaces everything, so read, change and write back.
 */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractDnsConfiguration {
  List<DnsResolver> nameservers();

  /** Domain to the resolvers answering for it. */
  Map<String, List<DnsResolver>> splitDns();

  List<String> searchPaths();

  @Value.Default
  default boolean magicDns() {
    return false;
  }

  @Value.Default
  default boolean overrideLocalDns() {
    return false;
  }
}
