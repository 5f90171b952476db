package dev.paperclipfly.fly.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Which of an app's Machines to list. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractMachineListFilter {
  /** Also list destroyed Machines. */
  Optional<Boolean> includeDeleted();

  /** Only Machines in this region. */
  Optional<String> region();

  /** Only Machines in these states ({@code created}, {@code started}, {@code stopped}, {@code suspended}). */
  List<String> states();

  /** Leave each Machine's config out of the answer (smaller and faster). */
  Optional<Boolean> summary();
}
