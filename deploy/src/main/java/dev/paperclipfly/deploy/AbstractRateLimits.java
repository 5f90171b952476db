package dev.paperclipfly.deploy;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import org.immutables.value.Value;

/**
 * Client-side limits on Fly Machines API calls, so a fleet deploy stays under Fly's own limits
 * instead of collecting 429s. Fly documents them per action and per identifier (the app or the
 * machine the call is about): 1 request/s with bursts of 3 for most actions, 5/s with bursts of 10
 * for Get Machine. Each (action, identifier) pair gets its own token bucket.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractRateLimits {

  /** False turns limiting off (for fakes and tests). */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  @Value.Default
  public double perActionPerSecond() {
    return 1.0;
  }

  @Value.Default
  public int perActionBurst() {
    return 3;
  }

  @Value.Default
  public double getMachinePerSecond() {
    return 5.0;
  }

  @Value.Default
  public int getMachineBurst() {
    return 10;
  }

  /** The limits Fly documents. */
  public static RateLimits flyDocumented() {
    return RateLimits.builder().build();
  }

  /** No client-side limiting. */
  public static RateLimits unlimited() {
    return RateLimits.builder().enabled(false).build();
  }

  @Value.Check
  protected void check() {
    if (perActionPerSecond() <= 0 || getMachinePerSecond() <= 0) {
      throw new IllegalStateException("rates must be positive requests per second");
    }
    if (perActionBurst() < 1 || getMachineBurst() < 1) {
      throw new IllegalStateException("bursts must be at least 1");
    }
  }
}
