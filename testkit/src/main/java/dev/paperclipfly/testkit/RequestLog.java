package dev.paperclipfly.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Every request a fake answered, in arrival order. Thread-safe. */
public final class RequestLog {
  private final List<RecordedRequest> entries = new ArrayList<>();

  /** Appends one entry; called by the fake. */
  public synchronized void add(RecordedRequest r) {
    entries.add(r);
  }

  /** A copy of every entry so far. */
  public synchronized List<RecordedRequest> all() {
    return List.copyOf(entries);
  }

  /** Entries of one kind (e.g. every mutation). */
  public List<RecordedRequest> ofKind(OperationKind kind) {
    return matching(r -> r.kind() == kind);
  }

  /** Entries for one operation (spec operationId). */
  public List<RecordedRequest> of(String operation) {
    return matching(r -> r.operation().equals(operation));
  }

  /** Number of entries for one operation. */
  public int count(String operation) {
    return of(operation).size();
  }

  /** Number of entries of one kind. */
  public int count(OperationKind kind) {
    return ofKind(kind).size();
  }

  /** Entries that match a predicate. */
  public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> p) {
    return entries.stream().filter(p).toList();
  }

  /** Count per operation, sorted by operation name. */
  public synchronized Map<String, Integer> countsByOperation() {
    Map<String, Integer> out = new TreeMap<>();
    entries.forEach(r -> out.merge(r.operation(), 1, Integer::sum));
    return out;
  }

  /** Count per HTTP method ({@code GET}, {@code POST}, ...), sorted. */
  public synchronized Map<String, Integer> countsByMethod() {
    Map<String, Integer> out = new TreeMap<>();
    entries.forEach(r -> out.merge(r.method(), 1, Integer::sum));
    return out;
  }

  /** Forgets every entry, e.g. between the two runs of an idempotency test. */
  public synchronized void clear() {
    entries.clear();
  }

  @Override
  public synchronized String toString() {
    return "RequestLog" + countsByOperation();
  }
}
