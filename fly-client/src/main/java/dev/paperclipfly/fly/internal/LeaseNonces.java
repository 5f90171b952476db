package dev.paperclipfly.fly.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lease nonces this client holds, per Machine, so every mutating call on a leased Machine sends
 * {@code fly-machine-lease-nonce} without the caller threading it through. One per client; no global
 * state. Internal.
 */
public final class LeaseNonces {
  private final ConcurrentHashMap<String, String> nonces = new ConcurrentHashMap<>();

  private static String key(String app, String machineId) {
    return app + "/" + machineId;
  }

  public void hold(String app, String machineId, String nonce) {
    nonces.put(key(app, machineId), nonce);
  }

  public Optional<String> held(String app, String machineId) {
    return Optional.ofNullable(nonces.get(key(app, machineId)));
  }

  /** Forgets the nonce, but only if it is still the given one (a newer lease stays). */
  public void forget(String app, String machineId, String nonce) {
    nonces.remove(key(app, machineId), nonce);
  }
}
