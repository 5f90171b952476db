package dev.paperclipfly.testkit;

import dev.paperclipfly.testkit.internal.TailnetBackend;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The fake tailnet's state: inspect what the code under test did, or set up what it should find. */
public final class FakeTailnetState {
  private final TailnetBackend backend;

  FakeTailnetState(TailnetBackend backend) {
    this.backend = backend;
  }

  public boolean httpsEnabled() {
    return backend.httpsEnabled();
  }

  public FakeTailnetState httpsEnabled(boolean on) {
    backend.httpsEnabled(on);
    return this;
  }

  public boolean magicDns() {
    return backend.magicDns();
  }

  public FakeTailnetState magicDns(boolean on) {
    backend.magicDns(on);
    return this;
  }

  /** The tailnet's DNS suffix (e.g. {@code tailfe8c.ts.net}); devices added later get names under it. */
  public String magicDnsSuffix() {
    return backend.magicDnsSuffix();
  }

  public FakeTailnetState magicDnsSuffix(String suffix) {
    backend.magicDnsSuffix(suffix);
    return this;
  }

  /** Adds a device; returns its nodeId. */
  public String addDevice(String hostname, List<String> tags) {
    return backend.addDevice(hostname, tags);
  }

  /** Every key as {@code GET /keys/{id}} would answer it (without the secret). */
  public List<JsonNode> keys() {
    return backend.keys();
  }

  /** The secret {@code tskey-auth-...} of a key, as its creation response showed it. */
  public Optional<String> keySecret(String keyId) {
    return backend.keySecret(keyId);
  }

  /** Revokes a key: it stays listed with {@code invalid: true}. */
  public FakeTailnetState revokeKey(String keyId) {
    backend.revokeKey(keyId);
    return this;
  }

  /** Makes a key expired: it stays listed with {@code invalid: true}. */
  public FakeTailnetState expireKey(String keyId) {
    backend.expireKey(keyId);
    return this;
  }
}
