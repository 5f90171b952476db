package dev.paperclipfly.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The clock and sleeper that let retry tests run without waiting. */
class ManualClockTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aSleeperRecordsEachWaitAndMovesTheClockInsteadOfSleeping() {
    ManualClock clock = new ManualClock(START);
    RecordingSleeper sleeper = new RecordingSleeper(clock);

    sleeper.sleep(Duration.ofSeconds(7));
    sleeper.sleep(Duration.ofMillis(500));

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofMillis(500));
    assertThat(clock.instant()).isEqualTo(START.plusMillis(7500));
  }

  @Test
  void aClockWithAStepMovesOnEachTimeItIsRead() {
    ManualClock clock = new ManualClock(START);
    clock.stepPerRead(Duration.ofSeconds(10));

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(10));
  }
}
