package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import java.time.Instant;
import java.util.List;

/** The Tailscale API calls a deployment makes (always on the token's default tailnet, {@code -}). */
public interface TailnetApi {
  record AuthKeyInfo(
      String id, String description, boolean reusable, boolean preauthorized, boolean ephemeral, List<String> tags,
      Instant created, Instant expires, boolean invalid) {}

  record NewAuthKey(String id, Secret key, Instant created) {}

  boolean httpsEnabled();

  void enableHttps();

  boolean magicDnsEnabled();

  void enableMagicDns();

  /** MagicDNS names (FQDNs) of the tailnet's devices. */
  List<String> deviceNames();

  List<AuthKeyInfo> authKeys();

  NewAuthKey createAuthKey(String description, List<String> tags, long expirySeconds);
}
