package dev.paperclipfly.tailscale;

import dev.paperclipfly.tailscale.internal.ApiRequest;
import dev.paperclipfly.tailscale.internal.JsonModels;
import dev.paperclipfly.tailscale.internal.RetrySafety;
import dev.paperclipfly.tailscale.internal.TailscaleHttp;
import dev.paperclipfly.tailscale.model.Device;
import dev.paperclipfly.tailscale.model.DeviceQuery;
import dev.paperclipfly.tailscale.model.DeviceRoutes;
import dev.paperclipfly.tailscale.model.MagicDnsName;
import java.util.List;
import java.util.Optional;

/**
 * Devices of the tailnet ({@code /tailnet/{t}/devices}, {@code /device/{id}}). Obtain from
 * {@link TailscaleClient#devices()}. Device ids are the {@code nodeId} (preferred) or the numeric id.
 */
public final class TailnetDevices {
  private final TailscaleHttp http;
  private final JsonModels json;
  private final String devicesPath;

  TailnetDevices(TailscaleHttp http, JsonModels json, String tailnetPath) {
    this.http = http;
    this.json = json;
    this.devicesPath = tailnetPath + "/devices";
  }

  /** Devices matching the query; filters are applied by the server. */
  public List<Device> list(DeviceQuery query) {
    ApiRequest call = ApiRequest.get(devicesPath).withQuery("fields", query.allFields() ? "all" : "default");
    for (var filter : query.filters().entrySet()) {
      for (String value : filter.getValue()) {
        call = call.withQuery(filter.getKey(), value);
      }
    }
    return json.devices(call, http.send(call).body());
  }

  /** Every device with every field. */
  public List<Device> list() {
    return list(DeviceQuery.all());
  }

  /**
   * One device with every field.
   *
   * @throws TailscaleApiException.NotFound when there is no such device
   */
  public Device get(String deviceId) {
    ApiRequest call = ApiRequest.get(devicePath(deviceId)).withQuery("fields", "all");
    return json.device(call, http.send(call).body());
  }

  /**
   * Removes a device from the tailnet.
   *
   * @return true when deleted now, false when it was already gone (404)
   */
  public boolean delete(String deviceId) {
    try {
      http.send(ApiRequest.delete(devicePath(deviceId)));
      return true;
    } catch (TailscaleApiException.NotFound gone) {
      return false;
    }
  }

  /** Approves ({@code true}) or de-authorizes ({@code false}) a device in a tailnet with device approval on. */
  public void authorize(String deviceId, boolean authorized) {
    post(deviceId, "/authorized", json.write(json.object().put("authorized", authorized)));
  }

  /** Replaces the device's tags, e.g. {@code tag:paperclip}. A 400 means the caller may not use a tag. */
  public void setTags(String deviceId, List<String> tags) {
    post(deviceId, "/tags", json.stringListBody("tags", tags));
  }

  /**
   * Renames the device's MagicDNS name. Pass a bare host label or the full name; an empty name
   * resets it to the machine's host name.
   */
  public void setName(String deviceId, String name) {
    post(deviceId, "/name", json.write(json.object().put("name", name)));
  }

  /** Turns node key expiry off ({@code true}) for a server that must not drop off the tailnet, or back on. */
  public void setKeyExpiryDisabled(String deviceId, boolean disabled) {
    post(deviceId, "/key", json.write(json.object().put("keyExpiryDisabled", disabled)));
  }

  /** Expires the device's node key now; it must log in again. */
  public void expireKey(String deviceId) {
    http.send(ApiRequest.post(devicePath(deviceId) + "/expire", RetrySafety.IDEMPOTENT));
  }

  /** Subnet routes the device advertises and those enabled. */
  public DeviceRoutes routes(String deviceId) {
    ApiRequest call = ApiRequest.get(devicePath(deviceId) + "/routes");
    return json.routes(call, http.send(call).body());
  }

  /** Replaces the enabled subnet routes with {@code routes} (CIDRs); returns the result. */
  public DeviceRoutes setRoutes(String deviceId, List<String> routes) {
    ApiRequest call = ApiRequest.json("POST", devicePath(deviceId) + "/routes",
        json.stringListBody("routes", routes), RetrySafety.IDEMPOTENT);
    return json.routes(call, http.send(call).body());
  }

  /**
   * The tailnet's MagicDNS suffix, e.g. {@code tail1234ab.ts.net}.
   *
   * <p>The API has no field for it (not in tailnet settings, not in the DNS endpoints), so it is
   * derived from the {@code name} of a device: {@code host.tail1234ab.ts.net} gives
   * {@code tail1234ab.ts.net}. External (shared-in) devices are skipped, as their names belong to
   * another tailnet.
   *
   * @return empty when the tailnet has no device of its own yet
   */
  public Optional<String> magicDnsSuffix() {
    // Setup step "find your tailnet DNS suffix in the admin console": this reads it from the API instead.
    return list(DeviceQuery.builder().allFields(false).build()).stream()
        .filter(d -> !d.external())
        .map(Device::magicDnsName)
        .flatMap(Optional::stream)
        .map(MagicDnsName::suffix)
        .findFirst();
  }

  private void post(String deviceId, String suffix, String body) {
    http.send(ApiRequest.json("POST", devicePath(deviceId) + suffix, body, RetrySafety.IDEMPOTENT));
  }

  private static String devicePath(String deviceId) {
    return "/api/v2/device/" + ApiRequest.segment(deviceId);
  }
}
