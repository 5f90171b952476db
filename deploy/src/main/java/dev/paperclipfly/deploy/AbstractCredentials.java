package dev.paperclipfly.deploy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Deployer} authenticates with: a Fly token (org token to create apps) and either a
 * Tailscale API access token or an OAuth client. Every value is a {@link Secret}.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractCredentials {
  public abstract Secret flyToken();

  /** A Tailscale API access token ({@code tskey-api-...}). */
  public abstract Optional<Secret> tailscaleApiToken();

  /** A Tailscale OAuth client id, with {@link #tailscaleOAuthClientSecret()}. */
  public abstract Optional<String> tailscaleOAuthClientId();

  /** A Tailscale OAuth client secret ({@code tskey-client-...}). */
  public abstract Optional<Secret> tailscaleOAuthClientSecret();

  @Value.Check
  protected void check() {
    boolean oauth = tailscaleOAuthClientId().isPresent() || tailscaleOAuthClientSecret().isPresent();
    if (oauth && (tailscaleOAuthClientId().isEmpty() || tailscaleOAuthClientSecret().isEmpty())) {
      throw new IllegalStateException("tailscaleOAuthClientId and tailscaleOAuthClientSecret go together: give both");
    }
    if (oauth == tailscaleApiToken().isPresent()) {
      throw new IllegalStateException(
          "give exactly one Tailscale credential: tailscaleApiToken, or tailscaleOAuthClientId with its secret");
    }
  }
}
