package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The Tailscale API calls a deployment makes (on the credentials' own tailnet). */
public interface TailnetApi {
  record AuthKeyInfo(
      String id, String description, boolean reusable, boolean preauthorized, boolean ephemeral, List<String> tags,
      Instant created, Instant expires, boolean invalid) {}

  record NewAuthKey(String id, Secret key, Instant created) {}

  boolean httpsEnabled();

  void enableHttps();

  boolean magicDnsEnabled();

  void enableMagicDns();

  /** The tailnet's MagicDNS suffix read from a device name; empty when the tailnet has no device. */
  Optional<String> magicDnsSuffix();

  List<AuthKeyInfo> authKeys();

  NewAuthKey createAuthKey(String description, List<String> tags, long expirySeconds);
}
