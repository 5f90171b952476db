package dev.paperclipfly.core.testing;

import dev.paperclipfly.core.retry.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that never sleeps: it records each wait and moves a {@link ManualClock} on instead. */
public final class RecordingSleeper implements Sleeper {
  private final ManualClock clock;
  private final List<Duration> sleeps = new ArrayList<>();

  public RecordingSleeper(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }

  /** Every wait asked for, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
