package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import org.immutables.value.Value;

/** One entry of a policy validation answer: the source it concerns and what failed or warned. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractPolicyTestResult {
  /** The user, group or address the entry is about. */
  String user();

  List<String> errors();

  List<String> warnings();
}
