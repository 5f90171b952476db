package dev.paperclipfly.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static RetryPolicy withRandom(double r) {
    return RetryPolicy.builder().random(() -> r).build();
  }

  @Test
  void backoffDoublesFromTheInitialDelay() {
    RetryPolicy top = withRandom(0.999999);
    assertThat(top.delayBefore(1, Optional.empty())).isEqualTo(Duration.ofMillis(500));
    assertThat(top.delayBefore(2, Optional.empty())).isEqualTo(Duration.ofMillis(1000));
    assertThat(top.delayBefore(3, Optional.empty())).isEqualTo(Duration.ofMillis(2000));
  }

  @Test
  void jitterKeepsAtLeastHalfOfTheBackoff() {
    RetryPolicy bottom = withRandom(0.0);
    assertThat(bottom.delayBefore(1, Optional.empty())).isEqualTo(Duration.ofMillis(250));
    assertThat(bottom.delayBefore(3, Optional.empty())).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void backoffIsCappedAtMaxBackoff() {
    RetryPolicy p = RetryPolicy.builder().random(() -> 0.999999).maxBackoff(Duration.ofSeconds(3)).build();
    assertThat(p.delayBefore(10, Optional.empty())).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void serverRetryAfterWinsOverComputedBackoff() {
    assertThat(withRandom(0.5).delayBefore(1, Optional.of(Duration.ofSeconds(7))))
        .isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterIsCappedSoAServerCannotParkTheCaller() {
    RetryPolicy p = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)).build();
    assertThat(p.delayBefore(1, Optional.of(Duration.ofHours(1)))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void zeroAttemptsIsRejected() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
        .hasMessageContaining("maxAttempts");
  }

  @Test
  void noneMeansASingleAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }
}
