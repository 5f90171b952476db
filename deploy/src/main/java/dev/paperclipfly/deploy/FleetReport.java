package dev.paperclipfly.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The outcome of a fleet apply: one entry per deployment, in the order given. */
public final class FleetReport {
  private final List<FleetEntry> entries;
  private final Duration elapsed;

  public FleetReport(List<FleetEntry> entries, Duration elapsed) {
    this.entries = List.copyOf(entries);
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
  }

  public List<FleetEntry> entries() {
    return entries;
  }

  public List<FleetEntry> failures() {
    return entries.stream().filter(e -> !e.succeeded()).toList();
  }

  public boolean allSucceeded() {
    return failures().isEmpty();
  }

  /** Wall time of the whole fleet apply. */
  public Duration elapsed() {
    return elapsed;
  }

  @Override
  public String toString() {
    return entries.size() + " deployments, " + failures().size() + " failed, " + elapsed.toMillis() + " ms\n"
        + entries.stream().map(e -> "  " + e).collect(Collectors.joining("\n"));
  }
}
