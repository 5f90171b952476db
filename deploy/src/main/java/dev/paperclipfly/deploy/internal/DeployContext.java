package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.retry.Sleeper;
import dev.paperclipfly.deploy.AdminInvite;
import dev.paperclipfly.deploy.DeploymentTarget;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What one plan or apply run has learned so far. Each phase reads the live state it needs, records
 * it here for the phases after it, and (in a plan) records what it would have created instead.
 */
public final class DeployContext {
  final DeploymentTarget target;
  final FlyApi fly;
  final TailnetApi tailnet;
  final boolean dryRun;
  final Clock clock;
  final Sleeper sleeper;

  /** True when the app existed before this run; a run that creates it knows it is empty. */
  boolean appExists;
  Optional<String> appNetwork = Optional.empty();
  Optional<List<String>> ips = Optional.empty();
  Optional<String> volumeId = Optional.empty();
  boolean httpsOff;
  boolean magicDnsOff;
  Optional<String> tailnetDns = Optional.empty();
  Optional<TailnetApi.NewAuthKey> newAuthKey = Optional.empty();
  boolean authKeyWillChange;
  private Optional<List<FlyApi.SecretInfo>> secrets = Optional.empty();
  Map<String, Secret> pendingSecrets = Map.of();
  long secretsVersion;
  boolean secretsWillChange;
  Optional<FlyApi.MachineInfo> machine = Optional.empty();
  boolean machineWillChange;
  boolean machineStarted;
  Optional<JsonNode> health = Optional.empty();
  Optional<AdminInvite> invite = Optional.empty();

  public DeployContext(
      DeploymentTarget target, FlyApi fly, TailnetApi tailnet, boolean dryRun, Clock clock, Sleeper sleeper) {
    this.target = target;
    this.fly = fly;
    this.tailnet = tailnet;
    this.dryRun = dryRun;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  String app() {
    return target.appName();
  }

  /** The app's secrets (names, digests, update times), read once per run and replaced after a set. */
  List<FlyApi.SecretInfo> secrets() {
    if (secrets.isEmpty()) {
      secrets = Optional.of(appExists ? fly.secrets(app()) : List.of());
    }
    return secrets.get();
  }

  Optional<FlyApi.SecretInfo> secret(String name) {
    return secrets().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  void secretsAfterUpdate(List<FlyApi.SecretInfo> after, long version) {
    this.secrets = Optional.of(List.copyOf(after));
    this.secretsVersion = version;
  }

  public Optional<FlyApi.MachineInfo> machine() {
    return machine;
  }

  public Optional<String> tailnetDns() {
    return tailnetDns;
  }

  public Optional<AdminInvite> invite() {
    return invite;
  }
}
