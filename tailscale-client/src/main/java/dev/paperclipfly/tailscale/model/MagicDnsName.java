package dev.paperclipfly.tailscale.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A device's MagicDNS name split into its host label and the tailnet's MagicDNS suffix:
 * {@code host.tail1234ab.ts.net} is host {@code host} and suffix {@code tail1234ab.ts.net}.
 *
 * <p>The Tailscale API has no field for a tailnet's MagicDNS suffix (neither tailnet settings nor the
 * DNS endpoints carry it), so it is derived from a device's {@code name}, which is the device's fully
 * qualified MagicDNS name.
 *
 * @param host the first label, e.g. {@code paperclip-1}
 * @param suffix everything after the first dot, e.g. {@code tail1234ab.ts.net}
 */
public record MagicDnsName(String host, String suffix) {
  public MagicDnsName {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(suffix, "suffix");
  }

  /**
   * Splits a device name. A trailing dot (as in {@code tailscale status} output) is ignored, and the
   * result is lower case.
   *
   * @return empty when the name has no dot (a bare host name tells nothing about the tailnet)
   */
  public static Optional<MagicDnsName> parse(String deviceName) {
    Objects.requireNonNull(deviceName, "deviceName");
    String n = deviceName.strip().toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    int dot = n.indexOf('.');
    if (dot <= 0 || dot == n.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new MagicDnsName(n.substring(0, dot), n.substring(dot + 1)));
  }

  /** {@code host.suffix}. */
  public String fqdn() {
    return host + "." + suffix;
  }
}
