package dev.paperclipfly.core.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void delaySecondsAreParsed() {
    assertThat(RetryAfter.parse(Optional.of("12"), clock)).contains(Duration.ofSeconds(12));
  }

  @Test
  void httpDateBecomesTheTimeUntilThatDate() {
    assertThat(RetryAfter.parse(Optional.of("Thu, 03 Dec 2026 10:00:30 GMT"), clock))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void httpDateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse(Optional.of("Thu, 03 Dec 2026 09:00:00 GMT"), clock)).contains(Duration.ZERO);
  }

  @Test
  void absentOrGarbageHeaderGivesNothing() {
    assertThat(RetryAfter.parse(Optional.empty(), clock)).isEmpty();
    assertThat(RetryAfter.parse(Optional.of("soon"), clock)).isEmpty();
    assertThat(RetryAfter.parse(Optional.of("99999999999999999999999"), clock)).isEmpty();
  }
}
