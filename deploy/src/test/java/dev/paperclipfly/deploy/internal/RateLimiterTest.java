package dev.paperclipfly.deploy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.deploy.RateLimits;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong();
  private final RateLimiter limiter = new RateLimiter(RateLimits.flyDocumented(), d -> {}, nanos::get);

  @Test
  void aBurstOfThreeMutationsPassesAndTheFourthWaitsOneSecond() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.reserve("Machines_update", "m1")).isZero();
    }
    assertThat(limiter.reserve("Machines_update", "m1")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void eachActionAndIdentifierHasItsOwnBucket() {
    for (int i = 0; i < 3; i++) {
      limiter.reserve("Machines_update", "m1");
    }

    assertThat(limiter.reserve("Machines_update", "m2")).isZero();
    assertThat(limiter.reserve("Machines_start", "m1")).isZero();
  }

  @Test
  void getMachineAllowsBurstsOfTen() {
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.reserve("Machines_show", "m1")).isZero();
    }
    assertThat(limiter.reserve("Machines_show", "m1")).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void tokensComeBackAtTheDocumentedRate() {
    for (int i = 0; i < 3; i++) {
      limiter.reserve("Volumes_create", "app");
    }
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());

    assertThat(limiter.reserve("Volumes_create", "app")).isZero();
    assertThat(limiter.reserve("Volumes_create", "app")).isZero();
    assertThat(limiter.reserve("Volumes_create", "app")).isEqualTo(Duration.ofSeconds(1));
  }
}
