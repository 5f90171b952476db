package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@code POST /tailnet/{t}/acl/validate}. The API answers 200 even when tests fail; an
 * empty object means everything passed.
 */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractPolicyValidation {
  /** E.g. {@code test(s) failed} or {@code warning(s) found}; empty when all passed. */
  Optional<String> message();

  List<PolicyTestResult> results();

  /** True when nothing failed: no message, or only warnings. */
  default boolean passed() {
    if (message().isEmpty()) {
      return true;
    }
    return !results().isEmpty() && results().stream().allMatch(r -> r.errors().isEmpty());
  }
}
