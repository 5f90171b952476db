package dev.paperclipfly.tailscale.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.tailscale.TailscaleResponseException;
import dev.paperclipfly.tailscale.model.AuthKeyCapabilities;
import dev.paperclipfly.tailscale.model.AuthKeyRequest;
import dev.paperclipfly.tailscale.model.Device;
import dev.paperclipfly.tailscale.model.DeviceRoutes;
import dev.paperclipfly.tailscale.model.DnsConfiguration;
import dev.paperclipfly.tailscale.model.DnsResolver;
import dev.paperclipfly.tailscale.model.KeyType;
import dev.paperclipfly.tailscale.model.PolicyPreview;
import dev.paperclipfly.tailscale.model.PolicyTestResult;
import dev.paperclipfly.tailscale.model.PolicyValidation;
import dev.paperclipfly.tailscale.model.RuleMatch;
import dev.paperclipfly.tailscale.model.TailnetKey;
import dev.paperclipfly.tailscale.model.TailnetSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps between the API's JSON and the model types, by hand: every field is read where it is named, a
 * timestamp sent as {@code ""} becomes empty, and a wrong type fails with the field's path.
 */
public final class JsonModels {
  private final JsonMapper mapper;

  public JsonModels(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /** The mapper this client uses: insertion order kept, unknown properties ignored. */
  public static JsonMapper defaultMapper() {
    return JsonMapper.builder().build();
  }

  /** An OAuth access token answer. */
  record AccessToken(Secret accessToken, Optional<Duration> expiresIn) {}

  // ---- reading --------------------------------------------------------------------------------

  /**
   * Parses an answer body. A malformed body fails with the call and the position only: the parser's
   * own message quotes the offending text, which could be part of a secret.
   */
  public JsonNode parse(ApiRequest request, String body) {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new TailscaleResponseException("the answer to " + request.describe() + " was empty; expected JSON");
      }
      return node;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new TailscaleResponseException("the answer to " + request.describe() + " is not valid JSON" + where);
    }
  }

  AccessToken accessToken(ApiRequest request, String body) {
    Reader r = new Reader(request, parse(request, body), "");
    Optional<String> token = r.string("access_token");
    if (token.isEmpty() || token.get().isBlank()) {
      throw new TailscaleResponseException("the answer to " + request.describe() + " has no access_token");
    }
    return new AccessToken(Secret.of(token.get()), r.longValue("expires_in").map(Duration::ofSeconds));
  }

  public List<Device> devices(ApiRequest request, String body) {
    Reader r = new Reader(request, parse(request, body), "");
    return r.list("devices", JsonModels::device);
  }

  public Device device(ApiRequest request, String body) {
    return device(new Reader(request, parse(request, body), ""));
  }

  private static Device device(Reader r) {
    return Device.builder()
        .id(r.requiredString("id"))
        .nodeId(r.requiredString("nodeId"))
        .name(r.requiredString("name"))
        .hostname(r.string("hostname").orElse(""))
        .user(r.string("user").orElse(""))
        .os(r.string("os").orElse(""))
        .clientVersion(r.string("clientVersion").orElse(""))
        .addresses(r.strings("addresses"))
        .tags(r.strings("tags"))
        .created(r.instant("created"))
        .lastSeen(r.instant("lastSeen"))
        .expires(r.instant("expires"))
        .authorized(r.bool("authorized").orElse(false))
        .connectedToControl(r.bool("connectedToControl").orElse(false))
        .keyExpiryDisabled(r.bool("keyExpiryDisabled").orElse(false))
        .ephemeral(r.bool("isEphemeral").orElse(false))
        .external(r.bool("isExternal").orElse(false))
        .updateAvailable(r.bool("updateAvailable").orElse(false))
        .blocksIncomingConnections(r.bool("blocksIncomingConnections").orElse(false))
        .enabledRoutes(r.strings("enabledRoutes"))
        .advertisedRoutes(r.strings("advertisedRoutes"))
        .nodeKey(r.string("nodeKey").filter(s -> !s.isEmpty()))
        .tailnetLockError(r.string("tailnetLockError").filter(s -> !s.isEmpty()))
        .sshEnabled(r.bool("sshEnabled"))
        .multipleConnections(r.bool("multipleConnections"))
        .build();
  }

  public DeviceRoutes routes(ApiRequest request, String body) {
    Reader r = new Reader(request, parse(request, body), "");
    return DeviceRoutes.builder()
        .advertisedRoutes(r.strings("advertisedRoutes"))
        .enabledRoutes(r.strings("enabledRoutes"))
        .build();
  }

  public List<TailnetKey> keys(ApiRequest request, String body) {
    return new Reader(request, parse(request, body), "").list("keys", JsonModels::key);
  }

  public TailnetKey key(ApiRequest request, String body) {
    return key(new Reader(request, parse(request, body), ""));
  }

  private static TailnetKey key(Reader r) {
    TailnetKey.Builder b = TailnetKey.builder()
        .id(r.requiredString("id"))
        .keyType(KeyType.fromWire(r.string("keyType").orElse("auth")))
        .key(r.string("key").filter(s -> !s.isBlank()).map(Secret::of))
        .description(r.string("description").filter(s -> !s.isEmpty()))
        .created(r.instant("created"))
        .updated(r.instant("updated"))
        .expires(r.instant("expires"))
        .revoked(r.instant("revoked"))
        .expiry(r.longValue("expirySeconds").filter(s -> s > 0).map(Duration::ofSeconds))
        .scopes(r.strings("scopes"))
        .tags(r.strings("tags"))
        .invalid(r.bool("invalid").orElse(false))
        .userId(r.string("userId").filter(s -> !s.isEmpty()));
    r.object("capabilities")
        .flatMap(c -> c.object("devices"))
        .flatMap(d -> d.object("create"))
        .ifPresent(c -> b.capabilities(AuthKeyCapabilities.builder()
            .reusable(c.bool("reusable").orElse(false))
            .ephemeral(c.bool("ephemeral").orElse(false))
            .preauthorized(c.bool("preauthorized").orElse(false))
            .tags(c.strings("tags"))
            .build()));
    return b.build();
  }

  public TailnetSettings settings(ApiRequest request, String body) {
    Reader r = new Reader(request, parse(request, body), "");
    return TailnetSettings.builder()
        .httpsEnabled(r.bool("httpsEnabled"))
        .devicesApprovalOn(r.bool("devicesApprovalOn"))
        .devicesAutoUpdatesOn(r.bool("devicesAutoUpdatesOn"))
        .devicesKeyDurationDays(r.longValue("devicesKeyDurationDays").map(Long::intValue))
        .usersApprovalOn(r.bool("usersApprovalOn"))
        .usersRoleAllowedToJoinExternalTailnets(r.string("usersRoleAllowedToJoinExternalTailnets"))
        .networkFlowLoggingOn(r.bool("networkFlowLoggingOn"))
        .regionalRoutingOn(r.bool("regionalRoutingOn"))
        .postureIdentityCollectionOn(r.bool("postureIdentityCollectionOn"))
        .aclsExternallyManagedOn(r.bool("aclsExternallyManagedOn"))
        .aclsExternalLink(r.string("aclsExternalLink").filter(s -> !s.isEmpty()))
        .build();
  }

  public List<String> stringList(ApiRequest request, String body, String field) {
    return new Reader(request, parse(request, body), "").strings(field);
  }

  public boolean booleanField(ApiRequest request, String body, String field) {
    return new Reader(request, parse(request, body), "").bool(field).orElse(false);
  }

  public Map<String, List<String>> splitDns(ApiRequest request, String body) {
    Reader r = new Reader(request, parse(request, body), "");
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String domain : r.fieldNames()) {
      out.put(domain, r.strings(domain));
    }
    return out;
  }

  public DnsConfiguration dnsConfiguration(ApiRequest request, String body) {
    Reader r = new Reader(request, parse(request, body), "");
    DnsConfiguration.Builder b = DnsConfiguration.builder()
        .nameservers(r.list("nameservers", JsonModels::resolver))
        .searchPaths(r.strings("searchPaths"));
    r.object("splitDNS").ifPresent(s -> {
      for (String domain : s.fieldNames()) {
        b.putSplitDns(domain, s.list(domain, JsonModels::resolver));
      }
    });
    r.object("preferences").ifPresent(p -> b
        .magicDns(p.bool("magicDNS").orElse(false))
        .overrideLocalDns(p.bool("overrideLocalDNS").orElse(false)));
    return b.build();
  }

  private static DnsResolver resolver(Reader r) {
    return DnsResolver.builder()
        .address(r.requiredString("address"))
        .useWithExitNode(r.bool("useWithExitNode").orElse(false))
        .build();
  }

  public PolicyValidation policyValidation(ApiRequest request, String body) {
    if (body.isBlank()) {
      return PolicyValidation.builder().build();
    }
    Reader r = new Reader(request, parse(request, body), "");
    return PolicyValidation.builder()
        .message(r.string("message").filter(s -> !s.isEmpty()))
        .results(r.list("data", d -> PolicyTestResult.builder()
            .user(d.string("user").orElse(""))
            .errors(d.strings("errors"))
            .warnings(d.strings("warnings"))
            .build()))
        .build();
  }

  public PolicyPreview policyPreview(ApiRequest request, String body) {
    Reader r = new Reader(request, parse(request, body), "");
    return PolicyPreview.builder()
        .type(r.string("type").orElse(""))
        .previewFor(r.string("previewFor").orElse(""))
        .matches(r.list("matches", m -> RuleMatch.builder()
            .users(m.strings("users"))
            .ports(m.strings("ports"))
            .lineNumber(m.longValue("lineNumber").map(Long::intValue).orElse(0))
            .build()))
        .build();
  }

  // ---- writing --------------------------------------------------------------------------------

  public ObjectNode object() {
    return mapper.createObjectNode();
  }

  public String write(JsonNode node) {
    return mapper.writeValueAsString(node);
  }

  public String createAuthKeyBody(AuthKeyRequest request) {
    ObjectNode body = object();
    body.put("keyType", "auth");
    ObjectNode create = body.putObject("capabilities").putObject("devices").putObject("create");
    create.put("reusable", request.reusable());
    create.put("ephemeral", request.ephemeral());
    create.put("preauthorized", request.preauthorized());
    ArrayNode tags = create.putArray("tags");
    request.tags().forEach(tags::add);
    request.expiry().ifPresent(e -> body.put("expirySeconds", e.getSeconds()));
    request.description().ifPresent(d -> body.put("description", d));
    return write(body);
  }

  public String settingsBody(TailnetSettings s) {
    ObjectNode body = object();
    s.httpsEnabled().ifPresent(v -> body.put("httpsEnabled", v));
    s.devicesApprovalOn().ifPresent(v -> body.put("devicesApprovalOn", v));
    s.devicesAutoUpdatesOn().ifPresent(v -> body.put("devicesAutoUpdatesOn", v));
    s.devicesKeyDurationDays().ifPresent(v -> body.put("devicesKeyDurationDays", v));
    s.usersApprovalOn().ifPresent(v -> body.put("usersApprovalOn", v));
    s.usersRoleAllowedToJoinExternalTailnets().ifPresent(v -> body.put("usersRoleAllowedToJoinExternalTailnets", v));
    s.networkFlowLoggingOn().ifPresent(v -> body.put("networkFlowLoggingOn", v));
    s.regionalRoutingOn().ifPresent(v -> body.put("regionalRoutingOn", v));
    s.postureIdentityCollectionOn().ifPresent(v -> body.put("postureIdentityCollectionOn", v));
    s.aclsExternallyManagedOn().ifPresent(v -> body.put("aclsExternallyManagedOn", v));
    s.aclsExternalLink().ifPresent(v -> body.put("aclsExternalLink", v));
    return write(body);
  }

  public String dnsConfigurationBody(DnsConfiguration c) {
    ObjectNode body = object();
    ArrayNode ns = body.putArray("nameservers");
    c.nameservers().forEach(r -> ns.add(resolverNode(r)));
    ObjectNode split = body.putObject("splitDNS");
    c.splitDns().forEach((domain, resolvers) -> {
      ArrayNode a = split.putArray(domain);
      resolvers.forEach(r -> a.add(resolverNode(r)));
    });
    ArrayNode sp = body.putArray("searchPaths");
    c.searchPaths().forEach(sp::add);
    body.putObject("preferences").put("overrideLocalDNS", c.overrideLocalDns()).put("magicDNS", c.magicDns());
    return write(body);
  }

  private ObjectNode resolverNode(DnsResolver r) {
    return object().put("address", r.address()).put("useWithExitNode", r.useWithExitNode());
  }

  /** {@code {"field": [values...]}}. */
  public String stringListBody(String field, List<String> values) {
    ObjectNode body = object();
    ArrayNode a = body.putArray(field);
    values.forEach(a::add);
    return write(body);
  }

  /** Split DNS map; a null value (only in updates) clears that domain. */
  public String splitDnsBody(Map<String, List<String>> domains) {
    ObjectNode body = object();
    domains.forEach((domain, servers) -> {
      if (servers == null) {
        body.putNull(domain);
      } else {
        ArrayNode a = body.putArray(domain);
        servers.forEach(a::add);
      }
    });
    return write(body);
  }

  // ---- field access with paths ------------------------------------------------------------------

  /** Reads fields of one JSON object, naming {@code devices[2].created} when something is off. */
  static final class Reader {
    private final ApiRequest request;
    private final JsonNode node;
    private final String path;

    Reader(ApiRequest request, JsonNode node, String path) {
      this.request = request;
      this.node = node;
      this.path = path;
      if (!node.isObject()) {
        throw wrongType(path.isEmpty() ? "(body)" : path, "an object", node);
      }
    }

    private String at(String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    private JsonNode value(String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? null : v;
    }

    List<String> fieldNames() {
      return new ArrayList<>(node.propertyNames());
    }

    Optional<String> string(String field) {
      JsonNode v = value(field);
      if (v == null) {
        return Optional.empty();
      }
      if (!v.isString()) {
        throw wrongType(at(field), "a string", v);
      }
      return Optional.of(v.asString());
    }

    String requiredString(String field) {
      return string(field).orElseThrow(() -> new TailscaleResponseException(
          "the answer to " + request.describe() + " lacks " + at(field)));
    }

    Optional<Boolean> bool(String field) {
      JsonNode v = value(field);
      if (v == null) {
        return Optional.empty();
      }
      if (!v.isBoolean()) {
        throw wrongType(at(field), "true or false", v);
      }
      return Optional.of(v.asBoolean());
    }

    Optional<Long> longValue(String field) {
      JsonNode v = value(field);
      if (v == null) {
        return Optional.empty();
      }
      if (!v.isIntegralNumber()) {
        throw wrongType(at(field), "a whole number", v);
      }
      return Optional.of(v.asLong());
    }

    /** An RFC 3339 timestamp; absent, null and {@code ""} (which the API sends for "never") are empty. */
    Optional<Instant> instant(String field) {
      Optional<String> s = string(field);
      if (s.isEmpty() || s.get().isBlank()) {
        return Optional.empty();
      }
      try {
        return Optional.of(OffsetDateTime.parse(s.get()).toInstant());
      } catch (DateTimeParseException e) {
        throw new TailscaleResponseException("the answer to " + request.describe() + " has " + at(field)
            + " = '" + s.get() + "', which is not an RFC 3339 timestamp");
      }
    }

    List<String> strings(String field) {
      JsonNode v = value(field);
      if (v == null) {
        return List.of();
      }
      if (!v.isArray()) {
        throw wrongType(at(field), "a list of strings", v);
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        JsonNode e = v.get(i);
        if (!e.isString()) {
          throw wrongType(at(field) + "[" + i + "]", "a string", e);
        }
        out.add(e.asString());
      }
      return out;
    }

    Optional<Reader> object(String field) {
      JsonNode v = value(field);
      return v == null ? Optional.empty() : Optional.of(new Reader(request, v, at(field)));
    }

    <T> List<T> list(String field, java.util.function.Function<Reader, T> item) {
      return list(field, (r, i) -> item.apply(r));
    }

    private <T> List<T> list(String field, BiFunction<Reader, Integer, T> item) {
      JsonNode v = value(field);
      if (v == null) {
        return List.of();
      }
      if (!v.isArray()) {
        throw wrongType(at(field), "a list", v);
      }
      List<T> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        out.add(item.apply(new Reader(request, v.get(i), at(field) + "[" + i + "]"), i));
      }
      return out;
    }

    private TailscaleResponseException wrongType(String where, String expected, JsonNode actual) {
      // Names the JSON type only: the value itself could be a secret.
      return new TailscaleResponseException("the answer to " + request.describe() + " has " + where
          + " as " + actual.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", expected " + expected);
    }
  }
}
