package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A device (node) of the tailnet, as {@code GET /device/{id}} and {@code GET /tailnet/{t}/devices}
 * return it. Fields only sent with {@code fields=all} are empty lists or empty optionals otherwise.
 */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractDevice {
  /** Legacy numeric id. */
  String id();

  /** Preferred id for {@code /device/{deviceId}} calls, e.g. {@code n292kg92CNTRL}. */
  String nodeId();

  /**
   * The MagicDNS name, e.g. {@code paperclip-1.tail1234ab.ts.net}. When a host name is already taken
   * in the tailnet the API appends {@code -1}, {@code -2}, ... to the first label, so read it back
   * rather than predicting it.
   */
  String name();

  /** The machine's own host name as it registered, e.g. {@code paperclip}. */
  String hostname();

  @Value.Default
  default String user() {
    return "";
  }

  @Value.Default
  default String os() {
    return "";
  }

  @Value.Default
  default String clientVersion() {
    return "";
  }

  List<String> addresses();

  List<String> tags();

  Optional<Instant> created();

  /** Last time the device was seen; absent while connected or if never online. */
  Optional<Instant> lastSeen();

  Optional<Instant> expires();

  @Value.Default
  default boolean authorized() {
    return false;
  }

  @Value.Default
  default boolean connectedToControl() {
    return false;
  }

  @Value.Default
  default boolean keyExpiryDisabled() {
    return false;
  }

  @Value.Default
  default boolean ephemeral() {
    return false;
  }

  @Value.Default
  default boolean external() {
    return false;
  }

  @Value.Default
  default boolean updateAvailable() {
    return false;
  }

  @Value.Default
  default boolean blocksIncomingConnections() {
    return false;
  }

  /** Subnet routes approved for this device ({@code fields=all} only). */
  List<String> enabledRoutes();

  /** Subnet routes the device advertises ({@code fields=all} only). */
  List<String> advertisedRoutes();

  Optional<String> nodeKey();

  Optional<String> tailnetLockError();

  /** {@code fields=all} only. */
  Optional<Boolean> sshEnabled();

  /** {@code fields=all} only. */
  Optional<Boolean> multipleConnections();

  /** {@link #name()} split into host label and the tailnet's MagicDNS suffix. */
  default Optional<MagicDnsName> magicDnsName() {
    return MagicDnsName.parse(name());
  }
}
