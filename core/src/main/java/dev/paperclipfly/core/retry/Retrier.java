package dev.paperclipfly.core.retry;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs an attempt, and repeats it after a {@link RetryableFailure} as its {@link RetryPolicy} allows,
 * never past a deadline. Only attempts the caller has judged safe to repeat throw
 * {@code RetryableFailure}; everything else passes straight through.
 */
public final class Retrier {
  private final RetryPolicy policy;

  public Retrier(RetryPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public RetryPolicy policy() {
    return policy;
  }

  /** One try of the work; {@code attempt} counts from 1. */
  @FunctionalInterface
  public interface Attempt<T> {
    T run(int attempt) throws RetryableFailure;
  }

  /**
   * Runs {@code work} until it succeeds, fails in a way not worth repeating, runs out of attempts, or
   * the next wait would end after {@code deadline}.
   *
   * @throws RuntimeException the last failure's exception when no retry is left
   * @throws RetryInterruptedException when the thread is interrupted while waiting
   */
  public <T> T call(Optional<Instant> deadline, Attempt<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.run(attempt);
      } catch (RetryableFailure f) {
        if (attempt >= policy.maxAttempts()) {
          throw f.failure();
        }
        Duration wait = policy.delayBefore(attempt, f.retryAfter());
        if (deadline.isPresent() && policy.clock().instant().plus(wait).isAfter(deadline.get())) {
          throw f.failure();
        }
        try {
          policy.sleeper().sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          RetryInterruptedException ie = new RetryInterruptedException(f.failure());
          ie.addSuppressed(e);
          throw ie;
        }
      }
    }
  }

  /** The waiting thread was interrupted; the failure that caused the wait is the cause. */
  public static final class RetryInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RetryInterruptedException(RuntimeException cause) {
      super("interrupted while waiting to retry", cause);
    }
  }
}
