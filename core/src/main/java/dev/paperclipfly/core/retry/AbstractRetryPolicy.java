package dev.paperclipfly.core.retry;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.immutables.value.Value;

/**
 * When and how long to wait before repeating a request that is safe to repeat.
 *
 * <p>Backoff is exponential with "equal jitter": retry {@code n} waits between half and all of
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, so a fleet of clients does not retry in
 * lock step. A server's {@code Retry-After} wins over the computed backoff, capped at
 * {@link #maxRetryAfter()} so a hostile or confused server cannot park a caller for an hour.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractRetryPolicy {

  /** Total attempts including the first; 1 disables retries. */
  @Value.Default
  public int maxAttempts() {
    return 4;
  }

  @Value.Default
  public Duration initialBackoff() {
    return Duration.ofMillis(500);
  }

  @Value.Default
  public Duration maxBackoff() {
    return Duration.ofSeconds(20);
  }

  @Value.Default
  public double multiplier() {
    return 2.0;
  }

  /** Longest {@code Retry-After} honoured; a longer one is cut to this. */
  @Value.Default
  public Duration maxRetryAfter() {
    return Duration.ofSeconds(60);
  }

  /** Source of jitter in {@code [0, 1)}. */
  @Value.Default
  @Value.Auxiliary
  public DoubleSupplier random() {
    return () -> ThreadLocalRandom.current().nextDouble();
  }

  @Value.Default
  @Value.Auxiliary
  public Clock clock() {
    return Clock.systemUTC();
  }

  @Value.Default
  @Value.Auxiliary
  public Sleeper sleeper() {
    return Sleeper.system();
  }

  /** The default policy: 4 attempts, 0.5 s doubling to at most 20 s, Retry-After capped at 60 s. */
  public static RetryPolicy defaults() {
    return RetryPolicy.builder().build();
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return RetryPolicy.builder().maxAttempts(1).build();
  }

  /**
   * How long to wait before retry number {@code retry} (1 for the first retry).
   *
   * @param retryAfter the server's {@code Retry-After}, if it sent one
   */
  public Duration delayBefore(int retry, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration ra = retryAfter.get();
      if (ra.isNegative()) {
        return Duration.ZERO;
      }
      return ra.compareTo(maxRetryAfter()) > 0 ? maxRetryAfter() : ra;
    }
    double base = initialBackoff().toMillis() * Math.pow(multiplier(), Math.max(0, retry - 1));
    double capped = Math.min(base, maxBackoff().toMillis());
    double jittered = capped / 2 + random().getAsDouble() * capped / 2;
    return Duration.ofMillis(Math.round(jittered));
  }

  @Value.Check
  protected void check() {
    if (maxAttempts() < 1) {
      throw new IllegalStateException("maxAttempts must be at least 1 (1 disables retries), was " + maxAttempts());
    }
    if (initialBackoff().isNegative() || maxBackoff().isNegative() || maxRetryAfter().isNegative()) {
      throw new IllegalStateException("initialBackoff, maxBackoff and maxRetryAfter must not be negative");
    }
    if (multiplier() < 1.0) {
      throw new IllegalStateException("multiplier must be at least 1.0, was " + multiplier());
    }
  }
}
