package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import org.immutables.value.Value;

/** The rules of a candidate policy file that would apply to one user or address. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractPolicyPreview {
  String type();

  String previewFor();

  List<RuleMatch> matches();
}
