package dev.paperclipfly.tailscale;

import dev.paperclipfly.core.retry.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each requested wait and moves the clock by it instead of sleeping. */
final class RecordingSleeper implements Sleeper {
  private final MutableClock clock;
  private final List<Duration> waits = new ArrayList<>();

  RecordingSleeper(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    clock.advance(duration);
  }

  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
