package dev.paperclipfly.tailscale;

import dev.paperclipfly.tailscale.internal.ApiRequest;
import dev.paperclipfly.tailscale.internal.JsonModels;
import dev.paperclipfly.tailscale.internal.RetrySafety;
import dev.paperclipfly.tailscale.internal.TailscaleHttp;
import dev.paperclipfly.tailscale.model.DnsConfiguration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tailnet's DNS ({@code /tailnet/{t}/dns/...}). Obtain from {@link TailscaleClient#dns()}. */
public final class TailnetDns {
  private final TailscaleHttp http;
  private final JsonModels json;
  private final String dnsPath;

  TailnetDns(TailscaleHttp http, JsonModels json, String tailnetPath) {
    this.http = http;
    this.json = json;
    this.dnsPath = tailnetPath + "/dns";
  }

  /** Global nameservers. */
  public List<String> nameservers() {
    return getList("/nameservers", "dns");
  }

  /**
   * Replaces the global nameservers. Removing all of them turns MagicDNS off until it is turned on
   * again explicitly.
   *
   * @return the nameservers now set
   */
  public List<String> setNameservers(List<String> nameservers) {
    return setList("/nameservers", "dns", nameservers);
  }

  /** Whether MagicDNS is on. */
  public boolean magicDns() {
    ApiRequest call = ApiRequest.get(dnsPath + "/preferences");
    return json.booleanField(call, http.send(call).body(), "magicDNS");
  }

  /**
   * Turns MagicDNS on or off; {@code tailscale serve --https} needs it on.
   *
   * @return the value now set
   */
  public boolean setMagicDns(boolean enabled) {
    ApiRequest call = write("POST", "/preferences", json.write(json.object().put("magicDNS", enabled)));
    return json.booleanField(call, http.send(call).body(), "magicDNS");
  }

  public List<String> searchPaths() {
    return getList("/searchpaths", "searchPaths");
  }

  /** Replaces the search paths; returns those now set. */
  public List<String> setSearchPaths(List<String> searchPaths) {
    return setList("/searchpaths", "searchPaths", searchPaths);
  }

  /** Domain to the nameservers answering for it. */
  public Map<String, List<String>> splitDns() {
    ApiRequest call = ApiRequest.get(dnsPath + "/split-dns");
    return json.splitDns(call, http.send(call).body());
  }

  /** Replaces all split DNS entries (an empty map clears them); returns the result. */
  public Map<String, List<String>> replaceSplitDns(Map<String, List<String>> domains) {
    ApiRequest call = write("PUT", "/split-dns", json.splitDnsBody(domains));
    return json.splitDns(call, http.send(call).body());
  }

  /**
   * Sets the given domains and clears {@code clear}; other domains stay as they are.
   *
   * @return all split DNS entries after the change
   */
  public Map<String, List<String>> updateSplitDns(Map<String, List<String>> set, Collection<String> clear) {
    Map<String, List<String>> body = new LinkedHashMap<>(set);
    for (String domain : clear) {
      if (set.containsKey(domain)) {
        throw new IllegalArgumentException("split DNS domain '" + domain + "' is both set and cleared: pick one");
      }
      body.put(domain, null);
    }
    ApiRequest call = write("PATCH", "/split-dns", json.splitDnsBody(body));
    return json.splitDns(call, http.send(call).body());
  }

  /** The whole DNS configuration. */
  public DnsConfiguration configuration() {
    ApiRequest call = ApiRequest.get(dnsPath + "/configuration");
    return json.dnsConfiguration(call, http.send(call).body());
  }

  /** Replaces the whole DNS configuration; returns it as stored. */
  public DnsConfiguration setConfiguration(DnsConfiguration configuration) {
    ApiRequest call = write("POST", "/configuration", json.dnsConfigurationBody(configuration));
    return json.dnsConfiguration(call, http.send(call).body());
  }

  private List<String> getList(String suffix, String field) {
    ApiRequest call = ApiRequest.get(dnsPath + suffix);
    return json.stringList(call, http.send(call).body(), field);
  }

  private List<String> setList(String suffix, String field, List<String> values) {
    ApiRequest call = write("POST", suffix, json.stringListBody(field, values));
    return json.stringList(call, http.send(call).body(), field);
  }

  private ApiRequest write(String method, String suffix, String body) {
    // Every DNS write sets a value outright, so repeating it is harmless.
    return ApiRequest.json(method, dnsPath + suffix, body, RetrySafety.IDEMPOTENT);
  }
}
