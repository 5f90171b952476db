package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tailnet-wide settings ({@code /tailnet/{t}/settings}). The same type describes an update: only the
 * fields present are sent, the rest stay as they are.
 *
 * <p>For {@code tailscale serve --https}, {@link #httpsEnabled()} must be true before the machine
 * boots; otherwise the CLI prints an admin-console link instead of serving.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractTailnetSettings {
  /** Whether HTTPS certificates may be issued for MagicDNS names (scope {@code networking_settings}). */
  public abstract Optional<Boolean> httpsEnabled();

  public abstract Optional<Boolean> devicesApprovalOn();

  public abstract Optional<Boolean> devicesAutoUpdatesOn();

  /** Default node key lifetime in days, 1 to 180. */
  public abstract Optional<Integer> devicesKeyDurationDays();

  public abstract Optional<Boolean> usersApprovalOn();

  /** {@code none}, {@code admin} or {@code member}. */
  public abstract Optional<String> usersRoleAllowedToJoinExternalTailnets();

  public abstract Optional<Boolean> networkFlowLoggingOn();

  public abstract Optional<Boolean> regionalRoutingOn();

  public abstract Optional<Boolean> postureIdentityCollectionOn();

  public abstract Optional<Boolean> aclsExternallyManagedOn();

  public abstract Optional<String> aclsExternalLink();

  @Value.Check
  protected void check() {
    devicesKeyDurationDays().ifPresent(d -> {
      if (d < 1 || d > 180) {
        throw new IllegalStateException("devicesKeyDurationDays must be between 1 and 180, was " + d);
      }
    });
    usersRoleAllowedToJoinExternalTailnets().ifPresent(r -> {
      if (!r.equals("none") && !r.equals("admin") && !r.equals("member")) {
        throw new IllegalStateException(
            "usersRoleAllowedToJoinExternalTailnets must be none, admin or member, was '" + r + "'");
      }
    });
  }
}
