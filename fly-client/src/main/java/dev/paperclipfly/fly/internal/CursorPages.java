package dev.paperclipfly.fly.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy walk over a cursor-paged listing: the next page is fetched only when the current one is used
 * up, so memory holds one page however long the listing is. Internal.
 */
public final class CursorPages<T> implements Iterator<T> {

  /** One page of items and the cursor of the next page, empty on the last page. */
  public record Page<T>(List<T> items, Optional<String> nextCursor) {}

  private final Function<Optional<String>, Page<T>> fetch;
  private Iterator<T> current = java.util.Collections.emptyIterator();
  private Optional<String> nextCursor = Optional.empty();
  private boolean started;

  private CursorPages(Function<Optional<String>, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /** A stream that fetches pages on demand with {@code fetch(cursor)}, starting without a cursor. */
  public static <T> Stream<T> stream(Function<Optional<String>, Page<T>> fetch) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new CursorPages<>(fetch), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (started && nextCursor.isEmpty()) {
        return false;
      }
      Page<T> page = fetch.apply(nextCursor);
      started = true;
      // A server that repeats the cursor it was given would loop forever; stop instead.
      Optional<String> previous = nextCursor;
      nextCursor = page.nextCursor().filter(c -> !c.isEmpty()).filter(c -> !Optional.of(c).equals(previous));
      current = page.items().iterator();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
