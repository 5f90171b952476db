package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.retry.Sleeper;
import dev.paperclipfly.deploy.RateLimits;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per (action, identifier), as Fly scopes its limits. Shared by every deployment
 * of a fleet, so concurrent deployments of one app never exceed the limit together.
 */
public final class RateLimiter {
  private final RateLimits limits;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(RateLimits limits, Sleeper sleeper, LongSupplier nanoTime) {
    this.limits = limits;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
  }

  /** Waits, if needed, until a call of {@code operation} about {@code identifier} is allowed. */
  public void acquire(String operation, String identifier) {
    if (!limits.enabled()) {
      return;
    }
    Duration wait = reserve(operation, identifier);
    if (!wait.isZero()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiCallException(operation, 0, "interrupted while waiting for the rate limit", java.util.Optional.empty(), e);
      }
    }
  }

  /** Takes a token and returns the wait before using it; exposed for tests that must not sleep. */
  Duration reserve(String operation, String identifier) {
    boolean getMachine = operation.equals("Machines_show");
    TokenBucket b = buckets.computeIfAbsent(operation + "|" + identifier, k -> new TokenBucket(
        getMachine ? limits.getMachinePerSecond() : limits.perActionPerSecond(),
        getMachine ? limits.getMachineBurst() : limits.perActionBurst(),
        nanoTime.getAsLong()));
    return b.reserve(nanoTime.getAsLong());
  }
}
