package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.flytoml.FlyToml;
import dev.paperclipfly.deploy.DeploymentTarget;
import dev.paperclipfly.fly.MachineConfigMapper;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.MachineMount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Machine config a deployment wants: its fly.toml mapped the way {@code flyctl deploy} maps it
 * (on top of the machine's existing config, so fields set by Fly or by hand stay), plus what
 * {@code flyctl deploy} adds: the image, the volume by id, and a digest of the app's secrets so a
 * changed secret shows as a config change and reaches the machine.
 */
public final class DesiredMachineConfig {
  /** Metadata key holding a digest of the app's secrets when the machine was last created or updated. */
  static final String SECRETS_DIGEST = "paperclipfly_secrets";
  private static final String GROUP = "app";

  private DesiredMachineConfig() {}

  /**
   * The config to run.
   *
   * @param volumeId the volume to mount; an existing machine keeps its own, since Fly cannot swap it
   */
  public static MachineConfig of(DeploymentTarget t, Optional<MachineConfig> existing, String volumeId,
      String secretsDigest) {
    MachineConfigMapper mapper = MachineConfigMapper.of(t.resolvedFlyToml());
    MachineConfig base = existing.map(e -> mapper.toMachineConfig(GROUP, e)).orElseGet(() -> mapper.toMachineConfig(GROUP));
    String kept = existing.flatMap(e -> e.mounts().stream().findFirst()).flatMap(MachineMount::volume).orElse(volumeId);
    List<MachineMount> mounts = new ArrayList<>();
    base.mounts().forEach(m -> mounts.add(mounts.isEmpty() ? m.withVolume(kept) : m));
    Map<String, String> metadata = new LinkedHashMap<>(base.metadata());
    metadata.put(SECRETS_DIGEST, secretsDigest);
    return base.withImage(t.image()).withMounts(mounts).withMetadata(metadata);
  }

  /** Paperclip's port inside the machine, from {@code [http_service] internal_port}. */
  public static int internalPort(FlyToml toml) {
    return toml.httpService().flatMap(h -> h.internalPort()).orElse(3100);
  }

  /** Names of the top-level parts of the config that differ, for a plan's reason. */
  public static List<String> differences(MachineConfig desired, MachineConfig actual) {
    Map<String, Function<MachineConfig, Object>> parts = new LinkedHashMap<>();
    parts.put("image", MachineConfig::image);
    parts.put("env", MachineConfig::env);
    parts.put("guest", MachineConfig::guest);
    parts.put("services", MachineConfig::services);
    parts.put("checks", MachineConfig::checks);
    parts.put("mounts", MachineConfig::mounts);
    parts.put("metadata", MachineConfig::metadata);
    parts.put("restart", MachineConfig::restart);
    parts.put("stop_config", MachineConfig::stopConfig);
    parts.put("init", MachineConfig::init);
    parts.put("files", MachineConfig::files);
    List<String> out = new ArrayList<>();
    parts.forEach((name, get) -> {
      if (!Objects.equals(get.apply(desired), get.apply(actual))) {
        out.add(name);
      }
    });
    if (out.isEmpty() && !desired.equals(actual)) {
      out.add("other fields");
    }
    return out;
  }

  /** A digest of the app's secrets (names and Fly's digests). */
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
