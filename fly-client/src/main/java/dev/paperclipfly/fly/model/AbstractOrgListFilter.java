package dev.paperclipfly.fly.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Which Machines or volumes of an organization to list, and how many to fetch per page. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractOrgListFilter {
  Optional<Boolean> includeDeleted();

  Optional<String> region();

  /** Only items in these states. */
  List<String> states();

  /** Leave configs out of the answer. */
  Optional<Boolean> summary();

  /** Only items updated after this instant. */
  Optional<Instant> updatedAfter();

  /** Items per page; the API treats it as advice and caps it at 1000. */
  Optional<Integer> pageSize();

  @Value.Check
  default void check() {
    if (pageSize().isPresent() && (pageSize().get() < 1 || pageSize().get() > 1000)) {
      throw new IllegalStateException("pageSize must be between 1 and 1000, was " + pageSize().get());
    }
  }
}
