package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.deploy.internal.JsonHttp.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link FlyApi} over the Machines REST API (paths and bodies as in Fly's OpenAPI document). */
public final class HttpFlyApi implements FlyApi {
  private final JsonHttp http;

  public HttpFlyApi(JsonHttp http) {
    this.http = http;
  }

  /** The Authorization header for a Fly token: macaroons use the FlyV1 scheme, others Bearer. */
  public static String authorization(Secret token) {
    String t = token.reveal().replaceFirst("^(Bearer|FlyV1) ", "");
    boolean macaroon = t.startsWith("fm1r_") || t.startsWith("fm1a_") || t.startsWith("fm2_");
    return (macaroon ? "FlyV1 " : "Bearer ") + t;
  }

  private static String seg(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static ObjectNode obj() {
    return JsonHttp.JSON.createObjectNode();
  }

  @Override
  public Optional<AppInfo> app(String app) {
    try {
      JsonNode a = http.send(Request.read("Apps_show", app, "/apps/" + seg(app))).json();
      return Optional.of(new AppInfo(a.path("name").asString(app), a.path("organization").path("slug").asString(""),
          a.path("network").asString("")));
    } catch (ApiCallException e) {
      if (e.isNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void createApp(String app, String orgSlug) {
    ObjectNode body = obj().put("name", app).put("org_slug", orgSlug);
    // Fly scopes its limits by app; a 429 from an org-wide limit is still retried after Retry-After.
    http.send(Request.write("Apps_create", app, "POST", "/apps", Optional.of(body)));
  }

  @Override
  public List<String> ipAddresses(String app) {
    List<String> out = new ArrayList<>();
    http.send(Request.read("App_IPAssignments_list", app, "/apps/" + seg(app) + "/ip_assignments")).json()
        .path("ips").forEach(ip -> out.add(ip.path("ip").asString()));
    return out;
  }

  @Override
  public void allocatePrivateIpv6(String app, Optional<String> network) {
    ObjectNode body = obj().put("type", "private_v6");
    // Flycast on an app with a custom network needs that network named explicitly.
    network.ifPresent(n -> body.put("network", n));
    http.send(Request.write("App_IPAssignments_create", app, "POST", "/apps/" + seg(app) + "/ip_assignments",
        Optional.of(body)));
  }

  @Override
  public void releaseIp(String app, String ip) {
    http.send(Request.write("App_IPAssignments_delete", app, "DELETE",
        "/apps/" + seg(app) + "/ip_assignments/" + seg(ip), Optional.empty()).safeToRepeat());
  }

  @Override
  public List<VolumeInfo> volumes(String app) {
    List<VolumeInfo> out = new ArrayList<>();
    http.send(Request.read("Volumes_list", app, "/apps/" + seg(app) + "/volumes")).json().forEach(v -> out.add(volume(v)));
    return out;
  }

  private static VolumeInfo volume(JsonNode v) {
    String attached = v.path("attached_machine_id").asString("");
    return new VolumeInfo(v.path("id").asString(), v.path("name").asString(), v.path("region").asString(),
        v.path("state").asString(""), attached.isEmpty() ? Optional.empty() : Optional.of(attached));
  }

  @Override
  public VolumeInfo createVolume(String app, String name, String region, int sizeGb) {
    ObjectNode body = obj().put("name", name).put("region", region).put("size_gb", sizeGb).put("encrypted", true);
    return volume(http.send(Request.write("Volumes_create", app, "POST", "/apps/" + seg(app) + "/volumes",
        Optional.of(body))).json());
  }

  @Override
  public List<SecretInfo> secrets(String app) {
    return secretList(http.send(Request.read("Secrets_list", app, "/apps/" + seg(app) + "/secrets")).json());
  }

  private static List<SecretInfo> secretList(JsonNode answer) {
    List<SecretInfo> out = new ArrayList<>();
    answer.path("secrets").forEach(s -> out.add(new SecretInfo(s.path("name").asString(), s.path("digest").asString(""),
        instant(s.path("updated_at").asString("")))));
    return out;
  }

  private static Optional<Instant> instant(String s) {
    try {
      return s.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public SecretsUpdate setSecrets(String app, Map<String, Secret> values) {
    ObjectNode body = obj();
    ObjectNode v = body.putObject("values");
    values.forEach((k, s) -> v.put(k, s.reveal()));
    JsonNode answer = http.send(Request.write("Secrets_update", app, "POST", "/apps/" + seg(app) + "/secrets",
        Optional.of(body))).json();
    return new SecretsUpdate(secretList(answer), answer.path("version").asLong(0));
  }

  @Override
  public List<MachineInfo> machines(String app) {
    List<MachineInfo> out = new ArrayList<>();
    http.send(Request.read("Machines_list", app, "/apps/" + seg(app) + "/machines")).json()
        .forEach(m -> out.add(FlyApi.machineInfo(m)));
    return out;
  }

  @Override
  public MachineInfo machine(String app, String machineId) {
    return FlyApi.machineInfo(http.send(Request.read("Machines_show", machineId,
        "/apps/" + seg(app) + "/machines/" + seg(machineId))).json());
  }

  @Override
  public MachineInfo createMachine(String app, ObjectNode request) {
    return FlyApi.machineInfo(http.send(Request.write("Machines_create", app, "POST",
        "/apps/" + seg(app) + "/machines", Optional.of(request))).json());
  }

  @Override
  public MachineInfo updateMachine(String app, String machineId, ObjectNode request, String leaseNonce) {
    return FlyApi.machineInfo(http.send(Request.write("Machines_update", machineId, "POST",
        "/apps/" + seg(app) + "/machines/" + seg(machineId), Optional.of(request))
        .withHeader("fly-machine-lease-nonce", leaseNonce)).json());
  }

  @Override
  public void startMachine(String app, String machineId) {
    // Starting a started machine changes nothing, so a lost answer may be repeated.
    http.send(Request.write("Machines_start", machineId, "POST",
        "/apps/" + seg(app) + "/machines/" + seg(machineId) + "/start", Optional.empty()).safeToRepeat());
  }

  @Override
  public boolean waitFor(String app, String machineId, String state, Duration timeout) {
    long seconds = Math.max(1, Math.min(60, timeout.toSeconds())); // Fly refuses waits over 60 s
    try {
      http.send(Request.read("Machines_wait", machineId, "/apps/" + seg(app) + "/machines/" + seg(machineId)
          + "/wait?state=" + state + "&timeout=" + seconds).withTimeout(Duration.ofSeconds(seconds + 15)));
      return true;
    } catch (ApiCallException e) {
      if (e.status() == 408) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public ExecOutput exec(String app, String machineId, List<String> command, Duration timeout) {
    // Both commands a deployment runs (the health probe, bootstrap-ceo) are safe to repeat.
    ObjectNode body = obj();
    command.forEach(body.putArray("command")::add);
    body.put("timeout", Math.max(1, timeout.toSeconds()));
    JsonNode r = http.send(Request.write("Machines_exec", machineId, "POST",
        "/apps/" + seg(app) + "/machines/" + seg(machineId) + "/exec", Optional.of(body))
        .withTimeout(timeout.plusSeconds(15)).safeToRepeat()).json();
    return new ExecOutput(r.path("exit_code").asInt(-1), r.path("stdout").asString(""), r.path("stderr").asString(""));
  }

  @Override
  public String acquireLease(String app, String machineId, Duration ttl, String description) {
    ObjectNode body = obj().put("ttl", ttl.toSeconds()).put("description", description);
    JsonNode r = http.send(Request.write("Machines_create_lease", machineId, "POST",
        "/apps/" + seg(app) + "/machines/" + seg(machineId) + "/lease", Optional.of(body))).json();
    // The spec shows a flat Lease; the live API wraps it as {"status":"success","data":{...}}.
    JsonNode lease = r.has("data") ? r.path("data") : r;
    return lease.path("nonce").asString();
  }

  @Override
  public void releaseLease(String app, String machineId, String nonce) {
    http.send(Request.write("Machines_release_lease", machineId, "DELETE",
        "/apps/" + seg(app) + "/machines/" + seg(machineId) + "/lease", Optional.empty())
        .withHeader("fly-machine-lease-nonce", nonce).safeToRepeat());
  }
}
