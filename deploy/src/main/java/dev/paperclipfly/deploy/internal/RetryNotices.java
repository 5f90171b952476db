package dev.paperclipfly.deploy.internal;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Routes "a call is being repeated" from the shared API clients to the apply running on the same
 * thread. The clients are shared by every deployment of a deployer (their JSON mappers are costly to
 * build and warm), and an apply runs on one thread from start to end, so the thread tells whose
 * listener hears it.
 */
public final class RetryNotices {
  private static final ThreadLocal<Consumer<Duration>> CURRENT = new ThreadLocal<>();

  private RetryNotices() {}

  /** Called by the clients' sleeper before each wait. */
  public static void waiting(Duration d) {
    Consumer<Duration> c = CURRENT.get();
    if (c != null) {
      c.accept(d);
    }
  }

  /** Runs {@code work} with {@code listener} hearing this thread's retries. */
  public static <T> T during(Consumer<Duration> listener, java.util.function.Supplier<T> work) {
    Consumer<Duration> previous = CURRENT.get();
    CURRENT.set(listener);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
