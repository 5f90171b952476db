package dev.paperclipfly.tailscale;

import dev.paperclipfly.core.Secret;
import java.util.List;
import java.util.Objects;

/**
 * How the client authenticates: a personal API access token ({@code tskey-api-...}), or an OAuth
 * client whose short-lived access tokens the client fetches from {@code /api/v2/oauth/token} and
 * refreshes shortly before they expire.
 *
 * <p>Auth keys created with OAuth credentials are owned by the tailnet, and the API requires such keys
 * to carry tags; the client checks that before sending.
 */
public final class TailscaleCredentials {
  private final Secret apiToken;
  private final String clientId;
  private final Secret clientSecret;
  private final List<String> scopes;

  private TailscaleCredentials(Secret apiToken, String clientId, Secret clientSecret, List<String> scopes) {
    this.apiToken = apiToken;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scopes = scopes;
  }

  /**
   * A personal API access token, sent as {@code Authorization: Bearer ...}.
   *
   * @throws IllegalArgumentException when the value is recognisably an OAuth client secret or an
   *     auth key, which the API would refuse with a bare 401
   */
  public static TailscaleCredentials apiToken(Secret token) {
    Objects.requireNonNull(token, "token");
    if (token.startsWith("tskey-client-")) {
      throw new IllegalArgumentException("the API token is an OAuth client secret (tskey-client-...): "
          + "use TailscaleCredentials.oauthClient(clientId, secret) instead");
    }
    if (token.startsWith("tskey-auth-")) {
      throw new IllegalArgumentException("the API token is an auth key (tskey-auth-...), which joins devices "
          + "but cannot call the API: pass an API access token (tskey-api-...) or OAuth client credentials");
    }
    return new TailscaleCredentials(token, null, null, List.of());
  }

  /**
   * An OAuth client (client-credentials grant), asking for the client's own scopes.
   *
   * @param clientId the OAuth client's id (not secret)
   * @param clientSecret the client secret, {@code tskey-client-...}
   */
  public static TailscaleCredentials oauthClient(String clientId, Secret clientSecret) {
    return oauthClient(clientId, clientSecret, List.of());
  }

  /**
   * An OAuth client asking for a subset of its scopes, e.g. {@code auth_keys} and {@code devices:core}.
   *
   * @throws IllegalArgumentException when the client id is blank
   */
  public static TailscaleCredentials oauthClient(String clientId, Secret clientSecret, List<String> scopes) {
    Objects.requireNonNull(clientId, "clientId");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId is blank: pass the OAuth client's id from the admin console");
    }
    return new TailscaleCredentials(
        null, clientId.strip(), Objects.requireNonNull(clientSecret, "clientSecret"), List.copyOf(scopes));
  }

  /** True for OAuth client credentials, whose auth keys are owned by the tailnet and must carry tags. */
  public boolean isOAuthClient() {
    return clientSecret != null;
  }

  /** Internal use: the API token, or null for OAuth credentials. */
  Secret apiTokenOrNull() {
    return apiToken;
  }

  String clientIdOrNull() {
    return clientId;
  }

  Secret clientSecretOrNull() {
    return clientSecret;
  }

  List<String> scopes() {
    return scopes;
  }

  @Override
  public String toString() {
    return isOAuthClient()
        ? "TailscaleCredentials[oauthClient=" + clientId + ", secret=" + clientSecret + ", scopes=" + scopes + "]"
        : "TailscaleCredentials[apiToken=" + apiToken + "]";
  }
}
