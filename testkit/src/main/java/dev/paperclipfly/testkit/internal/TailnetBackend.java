package dev.paperclipfly.testkit.internal;

import static dev.paperclipfly.testkit.OperationKind.MUTATION;
import static dev.paperclipfly.testkit.OperationKind.READ;

import dev.paperclipfly.testkit.internal.FakeHttpServer.ApiError;
import dev.paperclipfly.testkit.internal.FakeHttpServer.Call;
import dev.paperclipfly.testkit.internal.FakeHttpServer.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of a fake tailnet and the Tailscale API v2 operations over it (keys, devices, tailnet
 * settings, DNS preferences), answering with the shapes of Tailscale's published OpenAPI spec.
 */
public final class TailnetBackend {
  private static final long DEFAULT_EXPIRY_SECONDS = 7_776_000L; // 90 days, the API's default
  private static final Set<String> SETTINGS = Set.of("aclsExternallyManagedOn", "aclsExternalLink", "devicesApprovalOn",
      "devicesAutoUpdatesOn", "devicesKeyDurationDays", "usersApprovalOn", "usersRoleAllowedToJoinExternalTailnets",
      "networkFlowLoggingOn", "regionalRoutingOn", "postureIdentityCollectionOn", "httpsEnabled");

  private final Object lock = new Object();
  private final Map<String, ObjectNode> keys = new LinkedHashMap<>();
  private final Map<String, String> keySecrets = new LinkedHashMap<>();
  private final List<ObjectNode> devices = new ArrayList<>();
  private final ObjectNode settings;
  private final Ids ids;
  private final Clock clock;
  private String magicDnsSuffix = "tailfe8c.ts.net";
  private boolean magicDns;

  public TailnetBackend(Clock clock, long seed) {
    this.clock = clock;
    this.ids = new Ids(seed);
    this.settings = FakeHttpServer.JSON.createObjectNode();
    settings.put("aclsExternallyManagedOn", false);
    settings.put("devicesApprovalOn", false);
    settings.put("devicesAutoUpdatesOn", false);
    settings.put("devicesKeyDurationDays", 180);
    settings.put("usersApprovalOn", false);
    settings.put("usersRoleAllowedToJoinExternalTailnets", "member");
    settings.put("networkFlowLoggingOn", false);
    settings.put("regionalRoutingOn", false);
    settings.put("postureIdentityCollectionOn", false);
    settings.put("httpsEnabled", false);
  }

  public void register(FakeHttpServer s) {
    s.publicRoute("POST", "/oauth/token", "oauthToken", READ, this::oauthToken);
    s.route("GET", "/tailnet/{tailnet}/keys", "listTailnetKeys", READ, this::listKeys);
    s.route("POST", "/tailnet/{tailnet}/keys", "createKey", MUTATION, this::createKey);
    s.route("GET", "/tailnet/{tailnet}/keys/{keyId}", "getKey", READ, this::getKey);
    s.route("DELETE", "/tailnet/{tailnet}/keys/{keyId}", "deleteKey", MUTATION, this::deleteKey);
    s.route("GET", "/tailnet/{tailnet}/devices", "listTailnetDevices", READ, this::listDevices);
    s.route("GET", "/tailnet/{tailnet}/settings", "getTailnetSettings", READ, c -> settingsReply());
    s.route("PATCH", "/tailnet/{tailnet}/settings", "updateTailnetSettings", MUTATION, this::patchSettings);
    s.route("GET", "/tailnet/{tailnet}/dns/preferences", "getDnsPreferences", READ, c -> dnsReply());
    s.route("POST", "/tailnet/{tailnet}/dns/preferences", "setDnsPreferences", MUTATION, this::setDns);
  }

  // ---- seeding and inspection ----

  public void magicDnsSuffix(String suffix) {
    synchronized (lock) {
      this.magicDnsSuffix = suffix;
    }
  }

  public String magicDnsSuffix() {
    synchronized (lock) {
      return magicDnsSuffix;
    }
  }

  public void httpsEnabled(boolean on) {
    synchronized (lock) {
      settings.put("httpsEnabled", on);
    }
  }

  public boolean httpsEnabled() {
    synchronized (lock) {
      return settings.path("httpsEnabled").asBoolean(false);
    }
  }

  public void magicDns(boolean on) {
    synchronized (lock) {
      this.magicDns = on;
    }
  }

  public boolean magicDns() {
    synchronized (lock) {
      return magicDns;
    }
  }

  public String addDevice(String hostname, List<String> tags) {
    synchronized (lock) {
      ObjectNode d = FakeHttpServer.JSON.createObjectNode();
      String nodeId = "n" + ids.alnum(10) + "CNTRL";
      d.putArray("addresses").add("100.64.0." + (devices.size() + 1)).add("fd7a:115c:a1e0::" + (devices.size() + 1));
      d.put("id", Long.toString(100000 + devices.size()));
      d.put("nodeId", nodeId);
      d.put("user", tags.isEmpty() ? "amelie@example.com" : "tagged-devices");
      d.put("name", hostname + "." + magicDnsSuffix);
      d.put("hostname", hostname);
      d.put("clientVersion", "1.90.0");
      d.put("updateAvailable", false);
      d.put("os", "linux");
      d.put("created", now());
      d.put("connectedToControl", true);
      d.put("keyExpiryDisabled", !tags.isEmpty());
      d.put("expires", clock.instant().plus(180, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
      d.put("authorized", true);
      d.put("isExternal", false);
      d.put("machineKey", "mkey:" + ids.hex(64));
      d.put("nodeKey", "nodekey:" + ids.hex(64));
      d.put("blocksIncomingConnections", false);
      ArrayNode t = d.putArray("tags");
      tags.forEach(t::add);
      d.put("isEphemeral", false);
      devices.add(d);
      return nodeId;
    }
  }

  public List<JsonNode> keys() {
    synchronized (lock) {
      return keys.values().stream().map(k -> (JsonNode) k.deepCopy()).toList();
    }
  }

  /** The secret of a key, as only its creation response shows it. */
  public Optional<String> keySecret(String id) {
    synchronized (lock) {
      return Optional.ofNullable(keySecrets.get(id));
    }
  }

  public void revokeKey(String id) {
    synchronized (lock) {
      ObjectNode k = keys.get(id);
      if (k == null) {
        throw new IllegalArgumentException("no key " + id + " in the fake tailnet");
      }
      k.put("revoked", now());
      k.put("invalid", true);
    }
  }

  public void expireKey(String id) {
    synchronized (lock) {
      ObjectNode k = keys.get(id);
      if (k == null) {
        throw new IllegalArgumentException("no key " + id + " in the fake tailnet");
      }
      k.put("expires", clock.instant().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString());
      k.put("invalid", true);
    }
  }

  // ---- OAuth client credentials (not in the OpenAPI document; shaped as Tailscale answers) ----

  private Reply oauthToken(Call c) {
    String secret = c.form().getOrDefault("client_secret", List.of("")).get(0);
    String id = c.form().getOrDefault("client_id", List.of("")).get(0);
    if (id.isEmpty() || !secret.startsWith("tskey-client-")) {
      throw new ApiError(401, "invalid client credentials: send client_id and a tskey-client- secret");
    }
    ObjectNode o = FakeHttpServer.JSON.createObjectNode();
    o.put("access_token", "tskey-api-" + ids.alnum(24));
    o.put("token_type", "Bearer");
    o.put("expires_in", 3600);
    o.put("scope", c.form().getOrDefault("scope", List.of("all")).get(0));
    return Reply.json(200, o);
  }

  // ---- keys ----

  private Reply listKeys(Call c) {
    synchronized (lock) {
      ObjectNode o = FakeHttpServer.JSON.createObjectNode();
      ArrayNode arr = o.putArray("keys");
      keys.values().forEach(k -> arr.add(k.deepCopy()));
      return Reply.json(200, o);
    }
  }

  private Reply createKey(Call c) {
    JsonNode b = c.json();
    String type = b.path("keyType").asString("auth");
    if (!type.equals("auth")) {
      throw new ApiError(400, "this fake creates auth keys only, not " + type);
    }
    JsonNode create = b.path("capabilities").path("devices").path("create");
    if (!b.path("capabilities").path("devices").isObject()) {
      throw new ApiError(400, "capabilities.devices is required");
    }
    String description = b.path("description").asString("");
    if (description.length() > 50 || !description.matches("[A-Za-z0-9 -]*")) {
      throw new ApiError(400, "description must be at most 50 letters, digits, spaces or hyphens");
    }
    long expiry = b.path("expirySeconds").asLong(0);
    if (expiry < 0) {
      throw new ApiError(400, "expirySeconds must not be negative");
    }
    long effective = expiry == 0 ? DEFAULT_EXPIRY_SECONDS : expiry;
    for (JsonNode tag : create.path("tags")) {
      if (!tag.asString().startsWith("tag:")) {
        throw new ApiError(400, "requested tags [" + tag.asString() + "] are invalid or not permitted");
      }
    }
    synchronized (lock) {
      String id = "k" + ids.alnum(10) + "CNTRL";
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      ObjectNode k = FakeHttpServer.JSON.createObjectNode();
      k.put("id", id);
      k.put("keyType", "auth");
      k.put("expirySeconds", effective);
      k.put("created", now.toString());
      k.put("expires", now.plusSeconds(effective).toString());
      ObjectNode caps = k.putObject("capabilities").putObject("devices").putObject("create");
      caps.put("reusable", create.path("reusable").asBoolean(false));
      caps.put("ephemeral", create.path("ephemeral").asBoolean(false));
      caps.put("preauthorized", create.path("preauthorized").asBoolean(false));
      ArrayNode tags = caps.putArray("tags");
      create.path("tags").forEach(t -> tags.add(t.asString()));
      k.put("description", description);
      k.put("invalid", false);
      keys.put(id, k);
      String secret = "tskey-auth-" + id + "-" + ids.alnum(32);
      keySecrets.put(id, secret);
      ObjectNode out = k.deepCopy();
      out.put("key", secret);
      return Reply.json(200, out);
    }
  }

  private Reply getKey(Call c) {
    synchronized (lock) {
      ObjectNode k = keys.get(c.param("keyId"));
      if (k == null) {
        throw new ApiError(404, "key not found");
      }
      refreshExpiry(k);
      return Reply.json(200, k.deepCopy());
    }
  }

  private Reply deleteKey(Call c) {
    synchronized (lock) {
      ObjectNode k = keys.get(c.param("keyId"));
      if (k == null) {
        throw new ApiError(404, "key not found");
      }
      k.put("revoked", now());
      k.put("invalid", true);
      return Reply.empty(200);
    }
  }

  private void refreshExpiry(ObjectNode k) {
    if (Instant.parse(k.path("expires").asString()).isBefore(clock.instant())) {
      k.put("invalid", true);
    }
  }

  // ---- devices, settings, DNS ----

  private Reply listDevices(Call c) {
    synchronized (lock) {
      ObjectNode o = FakeHttpServer.JSON.createObjectNode();
      ArrayNode arr = o.putArray("devices");
      for (ObjectNode d : devices) {
        boolean match = true;
        for (Map.Entry<String, List<String>> q : c.query().entrySet()) {
          if (!q.getKey().equals("fields") && d.has(q.getKey()) && d.get(q.getKey()).isString()) {
            match &= q.getValue().contains(d.get(q.getKey()).asString());
          }
        }
        if (match) {
          arr.add(d.deepCopy());
        }
      }
      return Reply.json(200, o);
    }
  }

  private Reply settingsReply() {
    synchronized (lock) {
      return Reply.json(200, settings.deepCopy());
    }
  }

  private Reply patchSettings(Call c) {
    JsonNode b = c.json();
    for (Map.Entry<String, JsonNode> e : b.properties()) {
      if (!SETTINGS.contains(e.getKey())) {
        throw new ApiError(400, "unknown setting " + e.getKey());
      }
    }
    synchronized (lock) {
      b.properties().forEach(e -> settings.set(e.getKey(), e.getValue().deepCopy()));
      return Reply.json(200, settings.deepCopy());
    }
  }

  private Reply dnsReply() {
    synchronized (lock) {
      ObjectNode o = FakeHttpServer.JSON.createObjectNode();
      o.put("magicDNS", magicDns);
      return Reply.json(200, o);
    }
  }

  private Reply setDns(Call c) {
    JsonNode v = c.json().get("magicDNS");
    if (v == null || !v.isBoolean()) {
      throw new ApiError(400, "magicDNS is required and must be a boolean");
    }
    synchronized (lock) {
      magicDns = v.asBoolean();
    }
    return dnsReply();
  }

  private String now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
