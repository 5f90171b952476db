package dev.paperclipfly.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told to, or by a fixed step each time it is read. */
public final class ManualClock extends Clock {
  private Instant now;
  private Duration stepPerRead = Duration.ZERO;

  public ManualClock(Instant start) {
    this.now = start;
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  /** Makes every read move the clock on by {@code step} (for code that polls until a deadline). */
  public synchronized void stepPerRead(Duration step) {
    this.stepPerRead = step;
  }

  @Override
  public synchronized Instant instant() {
    Instant t = now;
    now = now.plus(stepPerRead);
    return t;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
