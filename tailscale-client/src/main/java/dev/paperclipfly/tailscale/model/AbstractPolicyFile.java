package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tailnet policy file and the ETag it was read with. Pass the ETag back when setting the file so
 * a concurrent edit is refused (412) instead of overwritten.
 */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractPolicyFile {
  /** The document text, in {@link #format()}. */
  String content();

  PolicyFormat format();

  /** The ETag header as sent, quotes included, e.g. {@code "e0b2816b418b"}. */
  Optional<String> etag();
}
