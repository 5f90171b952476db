package dev.paperclipfly.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure a fake injects instead of (or after) answering a call normally. Arm it with
 * {@code failNext(operation, times, fault)} on {@link FakeFly} or {@link FakeTailscale}.
 */
public final class Fault {
  /** How the call fails. */
  public enum Kind {
    /** 429 with the vendor's error body and a {@code Retry-After} header; nothing is changed. */
    RATE_LIMITED,
    /** 500 with the vendor's error body; nothing is changed. */
    SERVER_ERROR,
    /**
     * The change is applied, then the connection breaks before the response is complete: the caller
     * cannot know whether its request took effect. This is the "fail mid-way" case a resumable
     * deployer must survive.
     */
    CONNECTION_LOST_AFTER_APPLYING
  }

  private final Kind kind;
  private final Optional<Duration> retryAfter;

  private Fault(Kind kind, Optional<Duration> retryAfter) {
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  /** 429 with {@code Retry-After} in whole seconds (at least 0). */
  public static Fault rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
    }
    return new Fault(Kind.RATE_LIMITED, Optional.of(retryAfter));
  }

  /** 500 Internal Server Error. */
  public static Fault serverError() {
    return new Fault(Kind.SERVER_ERROR, Optional.empty());
  }

  /** Applies the change, then drops the connection mid-response. */
  public static Fault connectionLostAfterApplying() {
    return new Fault(Kind.CONNECTION_LOST_AFTER_APPLYING, Optional.empty());
  }

  public Kind kind() {
    return kind;
  }

  /** The {@code Retry-After} a {@link Kind#RATE_LIMITED} fault sends. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  @Override
  public String toString() {
    return kind + retryAfter.map(d -> "(Retry-After " + d.toSeconds() + "s)").orElse("");
  }
}
