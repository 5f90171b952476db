package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.Credentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The Authorization header for Tailscale: the API token as a bearer token, or a short-lived token
 * from the OAuth client (client-credentials grant), fetched on first use and again before it expires.
 */
public final class TailscaleAuthorization implements Supplier<Optional<String>> {
  private final Credentials credentials;
  private final JsonHttp tokenEndpoint;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  public TailscaleAuthorization(Credentials credentials, JsonHttp tokenEndpoint, Clock clock) {
    this.credentials = credentials;
    this.tokenEndpoint = tokenEndpoint;
    this.clock = clock;
  }

  @Override
  public synchronized Optional<String> get() {
    if (credentials.tailscaleApiToken().isPresent()) {
      return Optional.of("Bearer " + credentials.tailscaleApiToken().get().reveal());
    }
    if (token == null || !clock.instant().isBefore(renewAt)) {
      String form = "grant_type=client_credentials&client_id="
          + URLEncoder.encode(credentials.tailscaleOAuthClientId().orElseThrow(), StandardCharsets.UTF_8)
          + "&client_secret="
          + URLEncoder.encode(credentials.tailscaleOAuthClientSecret().orElseThrow().reveal(), StandardCharsets.UTF_8);
      JsonNode r = tokenEndpoint.send(JsonHttp.Request.form("oauthToken", "/oauth/token", form)).json();
      token = r.path("access_token").asString("");
      if (token.isEmpty()) {
        throw new ApiCallException("oauthToken", 200, "the OAuth token answer carried no access_token", Optional.empty(), null);
      }
      // Renew a minute early so a long deploy never sends an expired token.
      renewAt = clock.instant().plusSeconds(Math.max(60, r.path("expires_in").asLong(3600)) - 60);
    }
    return Optional.of("Bearer " + token);
  }
}
