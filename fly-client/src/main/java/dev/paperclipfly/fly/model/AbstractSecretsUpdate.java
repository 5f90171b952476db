package dev.paperclipfly.fly.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The app's secrets after a change, and the new secrets version. Pass {@link #version()} as
 * {@code min_secrets_version} when creating or updating Machines so they start with these values.
 */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractSecretsUpdate {
  long version();

  /** Names and digests; values are never included. */
  List<AppSecret> secrets();
}
