package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.deploy.internal.JsonHttp.Request;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link TailnetApi} over Tailscale's API v2 (shapes as in Tailscale's OpenAPI document). */
public final class HttpTailnetApi implements TailnetApi {
  private static final String TAILNET = "/tailnet/-";
  private final JsonHttp http;

  public HttpTailnetApi(JsonHttp http) {
    this.http = http;
  }

  @Override
  public boolean httpsEnabled() {
    return http.send(Request.read("getTailnetSettings", "-", TAILNET + "/settings")).json()
        .path("httpsEnabled").asBoolean(false);
  }

  @Override
  public void enableHttps() {
    ObjectNode body = JsonHttp.JSON.createObjectNode().put("httpsEnabled", true);
    http.send(Request.write("updateTailnetSettings", "-", "PATCH", TAILNET + "/settings", Optional.of(body)).safeToRepeat());
  }

  @Override
  public boolean magicDnsEnabled() {
    return http.send(Request.read("getDnsPreferences", "-", TAILNET + "/dns/preferences")).json()
        .path("magicDNS").asBoolean(false);
  }

  @Override
  public void enableMagicDns() {
    ObjectNode body = JsonHttp.JSON.createObjectNode().put("magicDNS", true);
    http.send(Request.write("setDnsPreferences", "-", "POST", TAILNET + "/dns/preferences", Optional.of(body)).safeToRepeat());
  }

  @Override
  public List<String> deviceNames() {
    List<String> out = new ArrayList<>();
    http.send(Request.read("listTailnetDevices", "-", TAILNET + "/devices")).json().path("devices")
        .forEach(d -> out.add(d.path("name").asString("")));
    return out;
  }

  @Override
  public List<AuthKeyInfo> authKeys() {
    List<AuthKeyInfo> out = new ArrayList<>();
    for (JsonNode k : http.send(Request.read("listTailnetKeys", "-", TAILNET + "/keys?all=true")).json().path("keys")) {
      if (!k.path("keyType").asString("auth").equals("auth")) {
        continue;
      }
      JsonNode create = k.path("capabilities").path("devices").path("create");
      List<String> tags = new ArrayList<>();
      create.path("tags").forEach(t -> tags.add(t.asString()));
      out.add(new AuthKeyInfo(k.path("id").asString(), k.path("description").asString(""),
          create.path("reusable").asBoolean(false), create.path("preauthorized").asBoolean(false),
          create.path("ephemeral").asBoolean(false), List.copyOf(tags), instant(k.path("created").asString("")),
          instant(k.path("expires").asString("")), k.path("invalid").asBoolean(false) || k.has("revoked")));
    }
    return out;
  }

  private static Instant instant(String s) {
    try {
      return s.isEmpty() ? Instant.EPOCH : Instant.parse(s);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  @Override
  public NewAuthKey createAuthKey(String description, List<String> tags, long expirySeconds) {
    ObjectNode body = JsonHttp.JSON.createObjectNode();
    ObjectNode create = body.putObject("capabilities").putObject("devices").putObject("create");
    // Gotcha "use reusable auth keys": a single-use key is spent on first boot and every later boot fails.
    create.put("reusable", true);
    create.put("ephemeral", false);
    create.put("preauthorized", true);
    tags.forEach(create.putArray("tags")::add);
    body.put("expirySeconds", expirySeconds);
    body.put("description", description);
    JsonNode k = http.send(Request.write("createKey", "-", "POST", TAILNET + "/keys", Optional.of(body))).json();
    String key = k.path("key").asString("");
    if (!key.startsWith("tskey-")) {
      throw new ApiCallException("createKey", 200, "the answer carried no auth key", Optional.empty(), null);
    }
    return new NewAuthKey(k.path("id").asString(), Secret.of(key), instant(k.path("created").asString("")));
  }
}
