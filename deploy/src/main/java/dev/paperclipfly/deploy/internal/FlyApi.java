package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.fly.model.MachineConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Fly Machines API calls a deployment makes, with the rate limits and errors a deployment expects. */
public interface FlyApi {
  record AppInfo(String name, String orgSlug, String network) {}

  record VolumeInfo(String id, String name, String region, String state, Optional<String> attachedMachineId) {}

  record SecretInfo(String name, String digest, Optional<Instant> updatedAt) {}

  record SecretsUpdate(List<SecretInfo> secrets, long version) {}

  record MachineInfo(String id, String region, String state, String instanceId, MachineConfig config) {}

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

  /** Creates a machine; {@code minSecretsVersion} 0 means "whatever the app has". */
  MachineInfo createMachine(String app, String region, MachineConfig config, long minSecretsVersion);

  /** Replaces the machine's config under a lease acquired for the call and released after it. */
  MachineInfo updateMachineUnderLease(String app, String machineId, MachineConfig config, long minSecretsVersion);

  void startMachine(String app, String machineId);

  /** True when the machine reached the state within the timeout. */
  boolean waitFor(String app, String machineId, String state, Duration timeout);

  ExecOutput exec(String app, String machineId, List<String> command, Duration timeout);
}
