package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import org.immutables.value.Value;

/** A policy rule that applies to the previewed user or address. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractRuleMatch {
  List<String> users();

  List<String> ports();

  /** Line of the rule in the previewed policy file. */
  int lineNumber();
}
