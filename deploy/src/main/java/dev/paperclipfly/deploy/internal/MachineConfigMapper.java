package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.DeploymentTarget;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a deployment target into the Fly Machine config the seed's fly.toml describes, on top of the
 * machine's existing config: fields the deployment manages are overwritten, everything else (set by
 * Fly or by hand) is kept, as flyctl does, because an update replaces the whole config.
 */
public final class MachineConfigMapper {
  /** Metadata key holding a digest of the app's secrets when the machine was last created or updated. */
  static final String SECRETS_DIGEST = "paperclipfly_secrets";

  private MachineConfigMapper() {}

  /** The seed fly.toml's [env]; the target's env is laid over it. */
  static Map<String, String> baseEnv(DeploymentTarget t) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("NODE_ENV", "production");
    env.put("PORT", Integer.toString(t.internalPort()));
    env.put("HOST", "0.0.0.0");
    env.put("SERVE_UI", "true");
    env.put("PAPERCLIP_HOME", t.mountPath());
    env.put("PAPERCLIP_INSTANCE_ID", "default");
    env.put("PAPERCLIP_CONFIG", t.mountPath() + "/instances/default/config.json");
    env.put("PAPERCLIP_DEPLOYMENT_MODE", "authenticated");
    env.put("PAPERCLIP_DEPLOYMENT_EXPOSURE", "private");
    env.put("PRIMARY_REGION", t.region());
    env.putAll(t.env());
    return env;
  }

  /**
   * The config to run: {@code existing} (empty for a new machine) with the managed fields set.
   *
   * @param volumeId the volume to mount; an existing machine keeps its own, since Fly cannot swap it
   */
  public static ObjectNode desired(DeploymentTarget t, ObjectNode existing, String volumeId, String secretsDigest) {
    ObjectNode c = existing.deepCopy();
    c.put("image", t.image());
    ObjectNode env = c.putObject("env");
    baseEnv(t).forEach(env::put);
    ObjectNode guest = c.putObject("guest");
    guest.put("cpu_kind", t.cpuKind());
    guest.put("cpus", t.cpus());
    // Gotcha "512MB isn't enough memory": the target refuses less than 1024.
    guest.put("memory_mb", t.memoryMb());
    ArrayNode services = c.putArray("services");
    ObjectNode svc = services.addObject();
    svc.put("protocol", "tcp");
    svc.put("internal_port", t.internalPort());
    // Gotcha "min_machines_running = 1 is required": tailnet traffic does not wake a suspended machine.
    svc.put("autostop", "off");
    svc.put("autostart", true);
    svc.put("min_machines_running", 1);
    // Flycast is plain HTTP on port 80 (no force_https: .flycast names cannot get public certificates).
    ObjectNode port = svc.putArray("ports").addObject();
    port.put("port", 80);
    port.putArray("handlers").add("http");
    ObjectNode check = svc.putArray("checks").addObject();
    check.put("type", "http");
    check.put("interval", "30s");
    check.put("timeout", "10s");
    // Gotcha "health check grace period": first boot takes 30-45 s (Tailscale, PostgreSQL init, migrations).
    check.put("grace_period", "120s");
    check.put("method", "GET");
    check.put("path", "/api/health");
    // Gotcha "authenticated mode blocks health checks": the hostname guard only lets localhost through.
    ObjectNode host = check.putArray("headers").addObject();
    host.put("name", "Host");
    host.putArray("values").add("localhost");
    String keptVolume = existing.path("mounts").path(0).path("volume").asString("");
    ObjectNode mount = c.putArray("mounts").addObject();
    mount.put("volume", keptVolume.isEmpty() ? volumeId : keptVolume);
    mount.put("path", t.mountPath());
    mount.put("name", t.volumeName());
    ObjectNode metadata = existing.path("metadata").isObject()
        ? (ObjectNode) existing.path("metadata").deepCopy() : JsonHttp.JSON.createObjectNode();
    // flyctl treats machines with these as part of the app.
    metadata.put("fly_platform_version", "v2");
    metadata.put("fly_process_group", "app");
    metadata.put(SECRETS_DIGEST, secretsDigest);
    c.set("metadata", metadata);
    return c;
  }

  /** Top-level fields of {@code desired} that {@code actual} does not already have as wanted. */
  public static List<String> differences(ObjectNode desired, JsonNode actual) {
    return desired.properties().stream()
        // env is owned whole: a variable dropped from the target must go from the machine too.
        .filter(e -> e.getKey().equals("env") ? !e.getValue().equals(actual.path("env"))
            : !contains(actual.path(e.getKey()), e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** True when {@code actual} has every field of {@code wanted} (extra fields, e.g. Fly's defaults, are fine). */
  static boolean contains(JsonNode actual, JsonNode wanted) {
    if (wanted.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = wanted.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!contains(actual.path(e.getKey()), e.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (wanted.isArray()) {
      if (!actual.isArray() || actual.size() != wanted.size()) {
        return false;
      }
      for (int i = 0; i < wanted.size(); i++) {
        if (!contains(actual.get(i), wanted.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (wanted.isNumber()) {
      return actual.isNumber() && actual.decimalValue().compareTo(wanted.decimalValue()) == 0;
    }
    return wanted.equals(actual);
  }

  /** A digest of the app's secrets (names and Fly's digests), so a changed secret shows as a config change. */
  static String secretsDigest(List<FlyApi.SecretInfo> secrets) {
    StringBuilder sb = new StringBuilder();
    secrets.stream().sorted(Comparator.comparing(FlyApi.SecretInfo::name))
        .forEach(s -> sb.append(s.name()).append('=').append(s.digest()).append('\n'));
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
