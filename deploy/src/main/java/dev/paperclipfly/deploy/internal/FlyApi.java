package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Fly Machines API calls a deployment makes. */
public interface FlyApi {
  record AppInfo(String name, String orgSlug, String network) {}

  record VolumeInfo(String id, String name, String region, String state, Optional<String> attachedMachineId) {}

  record SecretInfo(String name, String digest, Optional<Instant> updatedAt) {}

  record SecretsUpdate(List<SecretInfo> secrets, long version) {}

  record MachineInfo(String id, String region, String state, String instanceId, ObjectNode config) {}

  record ExecOutput(int exitCode, String stdout, String stderr) {}

  Optional<AppInfo> app(String app);

  void createApp(String app, String orgSlug);

  List<String> ipAddresses(String app);

  void allocatePrivateIpv6(String app, Optional<String> network);

  void releaseIp(String app, String ip);

  List<VolumeInfo> volumes(String app);

  VolumeInfo createVolume(String app, String name, String region, int sizeGb);

  List<SecretInfo> secrets(String app);

  SecretsUpdate setSecrets(String app, Map<String, Secret> values);

  List<MachineInfo> machines(String app);

  MachineInfo machine(String app, String machineId);

  MachineInfo createMachine(String app, ObjectNode request);

  MachineInfo updateMachine(String app, String machineId, ObjectNode request, String leaseNonce);

  void startMachine(String app, String machineId);

  /** True when the machine reached the state within the timeout (at most 60 s, Fly's limit). */
  boolean waitFor(String app, String machineId, String state, Duration timeout);

  ExecOutput exec(String app, String machineId, List<String> command, Duration timeout);

  /** Acquires a lease and returns its nonce. */
  String acquireLease(String app, String machineId, Duration ttl, String description);

  void releaseLease(String app, String machineId, String nonce);

  /** Turns a JSON value into the machine shape, for callers holding a raw answer. */
  static MachineInfo machineInfo(JsonNode m) {
    return new MachineInfo(m.path("id").asString(), m.path("region").asString(""), m.path("state").asString(""),
        m.path("instance_id").asString(""), m.path("config").isObject()
            ? (ObjectNode) m.path("config").deepCopy() : JsonHttp.JSON.createObjectNode());
  }
}
