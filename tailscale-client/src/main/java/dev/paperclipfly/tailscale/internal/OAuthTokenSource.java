package dev.paperclipfly.tailscale.internal;

import dev.paperclipfly.core.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Access tokens from an OAuth client (client-credentials grant on {@code /api/v2/oauth/token}), kept
 * until shortly before they expire and then fetched again. Tailscale's access tokens last one hour.
 */
public final class OAuthTokenSource implements AccessTokenSource {
  static final String TOKEN_PATH = "/api/v2/oauth/token";
  /** Used when the answer has no {@code expires_in}: Tailscale documents one hour. */
  private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private final TailscaleHttp http;
  private final JsonModels json;
  private final String clientId;
  private final Secret clientSecret;
  private final List<String> scopes;
  private final Clock clock;
  private final Duration refreshMargin;

  private Secret current;
  private Instant refreshAt = Instant.MIN;

  /**
   * @param refreshMargin how long before expiry a token is replaced; capped at half its lifetime
   */
  public OAuthTokenSource(TailscaleHttp http, JsonModels json, String clientId, Secret clientSecret,
      List<String> scopes, Clock clock, Duration refreshMargin) {
    this.http = Objects.requireNonNull(http, "http");
    this.json = Objects.requireNonNull(json, "json");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.scopes = List.copyOf(scopes);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
  }

  @Override
  public synchronized Secret token() {
    Instant now = clock.instant();
    if (current == null || !now.isBefore(refreshAt)) {
      fetch(now);
    }
    return current;
  }

  @Override
  public synchronized boolean invalidate() {
    current = null;
    return true;
  }

  private void fetch(Instant now) {
    StringBuilder form = new StringBuilder("grant_type=client_credentials")
        .append("&client_id=").append(encode(clientId))
        // Revealed only into the form body that is sent to the token endpoint.
        .append("&client_secret=").append(encode(clientSecret.reveal()));
    if (!scopes.isEmpty()) {
      form.append("&scope=").append(encode(String.join(" ", scopes)));
    }
    ApiRequest request = ApiRequest.withBody("POST", TOKEN_PATH, "application/x-www-form-urlencoded",
        form.toString(), RetrySafety.IDEMPOTENT).unauthenticated();
    JsonModels.AccessToken token = json.accessToken(request, http.send(request).body());
    Duration lifetime = token.expiresIn().orElse(DEFAULT_LIFETIME);
    Duration margin = refreshMargin.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshMargin;
    current = token.accessToken();
    refreshAt = now.plus(lifetime).minus(margin);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "OAuthTokenSource[clientId=" + clientId + ", secret=" + clientSecret + "]";
  }
}
