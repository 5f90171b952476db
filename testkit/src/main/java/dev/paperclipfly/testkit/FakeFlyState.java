package dev.paperclipfly.testkit;

import dev.paperclipfly.testkit.internal.FlyBackend;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fake Fly organisation's state: read what the code under test did, or seed what it should find.
 * Values are returned as the JSON the API would answer (copies; changing them changes nothing).
 */
public final class FakeFlyState {
  private final FlyBackend backend;

  FakeFlyState(FlyBackend backend) {
    this.backend = backend;
  }

  /** Names of every app. */
  public Set<String> appNames() {
    return backend.appNames();
  }

  /** An app as {@code GET /apps/{app}} answers it. */
  public Optional<JsonNode> app(String name) {
    return backend.app(name);
  }

  /** Creates an app, as if it had been created before the test. */
  public FakeFlyState createApp(String name, String orgSlug) {
    backend.seedApp(name, orgSlug);
    return this;
  }

  /** Creates a volume and returns its id. */
  public String createVolume(String app, String name, String region, int sizeGb) {
    return backend.seedVolume(app, name, region, sizeGb);
  }

  /** Sets a secret (one new secrets version). */
  public FakeFlyState setSecret(String app, String name, String value) {
    backend.seedSecret(app, name, value);
    return this;
  }

  /** Assigns an IP of a type ({@code v4}, {@code v6}, {@code shared_v4}, {@code private_v6}); returns it. */
  public String allocateIp(String app, String type) {
    return backend.seedIp(app, type);
  }

  public List<JsonNode> volumes(String app) {
    return backend.volumes(app);
  }

  public List<JsonNode> ips(String app) {
    return backend.ips(app);
  }

  public List<JsonNode> machines(String app) {
    return backend.machines(app);
  }

  /** Secret names to values. */
  public Map<String, String> secrets(String app) {
    return backend.secrets(app);
  }

  /** The app's secrets version: it grows by one per secrets update. */
  public long secretsVersion(String app) {
    return backend.secretsVersion(app);
  }

  /** The {@code min_secrets_version} the machine was last created or updated with (0 if none). */
  public long minSecretsVersion(String app, String machineId) {
    return backend.minSecretsVersion(app, machineId);
  }
}
