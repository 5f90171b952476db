package dev.paperclipfly.core.retry;

import java.time.Duration;

/** Waits between attempts. Injectable so tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis());
  }
}
