package dev.paperclipfly.core.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by one attempt of a {@link Retrier} call to say "this failed, but repeating it is safe".
 * Carries the exception to surface if no retry is left, and the server's {@code Retry-After}.
 */
public final class RetryableFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final RuntimeException failure;
  private final transient Optional<Duration> retryAfter;

  public RetryableFailure(RuntimeException failure, Optional<Duration> retryAfter) {
    super(failure.getMessage(), failure, false, false);
    this.failure = Objects.requireNonNull(failure, "failure");
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** The exception the caller sees when retries run out. */
  public RuntimeException failure() {
    return failure;
  }

  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
