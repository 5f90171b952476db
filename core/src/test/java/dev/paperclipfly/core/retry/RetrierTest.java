package dev.paperclipfly.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetrierTest {
  private final List<Duration> slept = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
  private final RetryPolicy policy = RetryPolicy.builder()
      .random(() -> 0.999999).clock(clock).sleeper(slept::add).build();

  private static RetryableFailure transientFailure(Optional<Duration> retryAfter) {
    return new RetryableFailure(new IllegalStateException("503 from server"), retryAfter);
  }

  @Test
  void succeedsAfterTransientFailuresAndSleepsBetweenThem() {
    AtomicInteger calls = new AtomicInteger();
    String result = new Retrier(policy).call(Optional.empty(), attempt -> {
      if (calls.incrementAndGet() < 3) {
        throw transientFailure(Optional.empty());
      }
      return "ok";
    });
    assertThat(result).isEqualTo("ok");
    assertThat(calls).hasValue(3);
    assertThat(slept).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastFailure() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> new Retrier(policy).call(Optional.empty(), attempt -> {
      calls.incrementAndGet();
      throw transientFailure(Optional.empty());
    })).isInstanceOf(IllegalStateException.class).hasMessage("503 from server");
    assertThat(calls).hasValue(4);
    assertThat(slept).hasSize(3);
  }

  @Test
  void honoursRetryAfter() {
    AtomicInteger calls = new AtomicInteger();
    new Retrier(policy).call(Optional.empty(), attempt -> {
      if (calls.incrementAndGet() == 1) {
        throw transientFailure(Optional.of(Duration.ofSeconds(9)));
      }
      return 1;
    });
    assertThat(slept).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void doesNotWaitPastTheDeadline() {
    Optional<Instant> deadline = Optional.of(clock.instant().plusSeconds(5));
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> new Retrier(policy).call(deadline, attempt -> {
      calls.incrementAndGet();
      throw transientFailure(Optional.of(Duration.ofSeconds(30)));
    })).hasMessage("503 from server");
    assertThat(calls).hasValue(1);
    assertThat(slept).isEmpty();
  }

  @Test
  void nonRetryableExceptionsPassStraightThrough() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> new Retrier(policy).call(Optional.empty(), attempt -> {
      calls.incrementAndGet();
      throw new IllegalArgumentException("404 not found");
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(calls).hasValue(1);
  }
}
