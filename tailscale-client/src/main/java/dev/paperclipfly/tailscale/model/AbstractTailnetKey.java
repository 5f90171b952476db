package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key of the tailnet: an auth key, OAuth client, API token or federated identity. The secret
 * {@link #key()} is present only in the response that created it; the API never returns it again.
 */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractTailnetKey {
  String id();

  @Value.Default
  default KeyType keyType() {
    return KeyType.AUTH;
  }

  /** The key itself ({@code tskey-auth-...}), only right after creation. Masked in {@code toString()}. */
  Optional<Secret> key();

  Optional<String> description();

  Optional<Instant> created();

  Optional<Instant> updated();

  Optional<Instant> expires();

  Optional<Instant> revoked();

  /** The lifetime the key was created with. */
  Optional<Duration> expiry();

  /** For auth keys: what joining devices get. */
  Optional<AuthKeyCapabilities> capabilities();

  List<String> scopes();

  List<String> tags();

  /** True when the API says the key was revoked (deleted) or has expired. */
  @Value.Default
  default boolean invalid() {
    return false;
  }

  /** The owning user; empty for keys owned by the tailnet (created with OAuth). */
  Optional<String> userId();

  /**
   * Whether the key can still be used at {@code now}: not marked invalid, not revoked and not past its
   * expiry. A key the API no longer finds (404) is not usable either: {@code TailnetKeys.find} returns
   * empty for it.
   */
  default boolean usableAt(Instant now) {
    return !invalid() && revoked().isEmpty() && expires().map(now::isBefore).orElse(true);
  }
}
