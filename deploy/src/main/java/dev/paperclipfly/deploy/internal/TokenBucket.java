package dev.paperclipfly.deploy.internal;

import java.time.Duration;

/**
 * A token bucket: {@code burst} tokens, refilled at {@code perSecond}. {@link #reserve()} takes a
 * token now or says how long until one is due; the caller sleeps outside any lock.
 */
final class TokenBucket {
  private final double perSecond;
  private final double burst;
  private double tokens;
  private long lastNanos;

  TokenBucket(double perSecond, int burst, long nowNanos) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.tokens = burst;
    this.lastNanos = nowNanos;
  }

  /** Reserves one token; returns how long the caller must wait before using it (zero if none). */
  synchronized Duration reserve(long nowNanos) {
    tokens = Math.min(burst, tokens + (nowNanos - lastNanos) / 1e9 * perSecond);
    lastNanos = nowNanos;
    tokens -= 1;
    if (tokens >= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(-tokens / perSecond * 1e9));
  }
}
