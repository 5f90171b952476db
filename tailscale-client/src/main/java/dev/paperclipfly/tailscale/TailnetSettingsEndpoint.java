package dev.paperclipfly.tailscale;

import dev.paperclipfly.tailscale.internal.ApiRequest;
import dev.paperclipfly.tailscale.internal.JsonModels;
import dev.paperclipfly.tailscale.internal.RetrySafety;
import dev.paperclipfly.tailscale.internal.TailscaleHttp;
import dev.paperclipfly.tailscale.model.TailnetSettings;

/**
 * Tailnet settings ({@code /tailnet/{t}/settings}). Obtain from {@link TailscaleClient#settings()}.
 *
 * <p>The tailnet's MagicDNS suffix is not among them: the API has no field for it. Use
 * {@link TailnetDevices#magicDnsSuffix()}.
 */
public final class TailnetSettingsEndpoint {
  private final TailscaleHttp http;
  private final JsonModels json;
  private final String path;

  TailnetSettingsEndpoint(TailscaleHttp http, JsonModels json, String tailnetPath) {
    this.http = http;
    this.json = json;
    this.path = tailnetPath + "/settings";
  }

  public TailnetSettings get() {
    ApiRequest call = ApiRequest.get(path);
    return json.settings(call, http.send(call).body());
  }

  /**
   * Changes the settings present in {@code changes}; absent ones are left as they are.
   *
   * @return the settings after the change
   */
  public TailnetSettings update(TailnetSettings changes) {
    ApiRequest call = ApiRequest.json("PATCH", path, json.settingsBody(changes), RetrySafety.IDEMPOTENT);
    return json.settings(call, http.send(call).body());
  }

  /**
   * Turns on HTTPS certificates for MagicDNS names, which {@code tailscale serve --https} needs, if
   * not on already.
   *
   * @return true when this call turned it on
   */
  public boolean ensureHttpsEnabled() {
    if (get().httpsEnabled().orElse(false)) {
      return false;
    }
    update(TailnetSettings.builder().httpsEnabled(true).build());
    return true;
  }
}
