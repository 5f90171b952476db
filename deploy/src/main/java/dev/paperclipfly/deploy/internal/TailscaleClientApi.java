package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.tailscale.TailscaleApiException;
import dev.paperclipfly.tailscale.TailscaleClient;
import dev.paperclipfly.tailscale.TailscaleException;
import dev.paperclipfly.tailscale.model.AuthKeyCapabilities;
import dev.paperclipfly.tailscale.model.AuthKeyRequest;
import dev.paperclipfly.tailscale.model.KeyType;
import dev.paperclipfly.tailscale.model.TailnetKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link TailnetApi} over the SDK's {@link TailscaleClient}; its errors become {@link ApiCallException}s. */
public final class TailscaleClientApi implements TailnetApi {
  private final TailscaleClient tailscale;

  public TailscaleClientApi(TailscaleClient tailscale) {
    this.tailscale = tailscale;
  }

  private static <T> T call(String operation, Supplier<T> work) {
    try {
      return work.get();
    } catch (TailscaleApiException e) {
      throw new ApiCallException(operation, e.status(), e.apiMessage().orElse(e.getMessage()), Optional.empty(), e);
    } catch (TailscaleException e) {
      throw new ApiCallException(operation, 0, e.getMessage(), Optional.empty(), e);
    }
  }

  @Override
  public boolean httpsEnabled() {
    return call("getTailnetSettings", () -> tailscale.settings().get().httpsEnabled().orElse(false));
  }

  @Override
  public void enableHttps() {
    call("updateTailnetSettings", () -> tailscale.settings().ensureHttpsEnabled());
  }

  @Override
  public boolean magicDnsEnabled() {
    return call("getDnsPreferences", () -> tailscale.dns().magicDns());
  }

  @Override
  public void enableMagicDns() {
    call("setDnsPreferences", () -> tailscale.dns().setMagicDns(true));
  }

  @Override
  public Optional<String> magicDnsSuffix() {
    return call("listTailnetDevices", () -> tailscale.devices().magicDnsSuffix());
  }

  @Override
  public List<AuthKeyInfo> authKeys() {
    return call("listTailnetKeys", () -> tailscale.keys().list(true).stream()
        .filter(k -> k.keyType() == KeyType.AUTH)
        .map(TailscaleClientApi::info)
        .toList());
  }

  private static AuthKeyInfo info(TailnetKey k) {
    Optional<AuthKeyCapabilities> caps = k.capabilities();
    return new AuthKeyInfo(k.id(), k.description().orElse(""), caps.map(AuthKeyCapabilities::reusable).orElse(false),
        caps.map(AuthKeyCapabilities::preauthorized).orElse(false), caps.map(AuthKeyCapabilities::ephemeral).orElse(false),
        caps.map(AuthKeyCapabilities::tags).orElse(k.tags()), k.created().orElse(Instant.EPOCH),
        k.expires().orElse(Instant.MAX), k.invalid() || k.revoked().isPresent());
  }

  @Override
  public NewAuthKey createAuthKey(String description, List<String> tags, long expirySeconds) {
    // Gotcha "use reusable auth keys": a single-use key is spent on first boot and every later boot fails.
    AuthKeyRequest request = AuthKeyRequest.builder().reusable(true).ephemeral(false).preauthorized(true)
        .addAllTags(tags).expiry(Duration.ofSeconds(expirySeconds)).description(description).build();
    TailnetKey k = call("createKey", () -> tailscale.keys().createAuthKey(request));
    return new NewAuthKey(k.id(), k.key().orElseThrow(() -> new ApiCallException("createKey", 200,
        "the answer carried no auth key", Optional.empty(), null)), k.created().orElse(Instant.EPOCH));
  }
}
