package dev.paperclipfly.tailscale;

import dev.paperclipfly.core.retry.Retrier;
import dev.paperclipfly.core.retry.RetryPolicy;
import dev.paperclipfly.tailscale.internal.AccessTokenSource;
import dev.paperclipfly.tailscale.internal.ApiRequest;
import dev.paperclipfly.tailscale.internal.JsonModels;
import dev.paperclipfly.tailscale.internal.OAuthTokenSource;
import dev.paperclipfly.tailscale.internal.TailscaleHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Entry point to the Tailscale API v2. Build one per set of credentials and share it; it is
 * thread-safe and holds no global state.
 *
 * <pre>{@code
 * TailscaleClient ts = TailscaleClient.builder()
 *     .credentials(TailscaleCredentials.apiToken(Secret.fromEnv("TS_API_KEY")))
 *     .build();
 * TailnetKey key = ts.keys().createAuthKey(AuthKeyRequest.builder()
 *     .reusable(true).preauthorized(true).addTags("tag:paperclip").build());
 * }</pre>
 */
public final class TailscaleClient {
  /** The public API's host. */
  public static final URI DEFAULT_BASE_URI = URI.create("https://api.tailscale.com");
  /** The default tailnet of the credentials. */
  public static final String DEFAULT_TAILNET = "-";

  private final String tailnet;
  private final TailscaleCredentials credentials;
  private final Clock clock;
  private final TailnetKeys keys;
  private final TailnetDevices devices;
  private final TailnetDns dns;
  private final TailnetSettingsEndpoint settings;
  private final TailnetPolicyFile policyFile;
  private final DeploymentDevices deployments;

  private TailscaleClient(Builder b) {
    this.tailnet = b.tailnet;
    this.credentials = Objects.requireNonNull(b.credentials,
        "credentials: call credentials(TailscaleCredentials.apiToken(...)) or oauthClient(...)");
    this.clock = b.clock;
    JsonModels json = new JsonModels(JsonModels.defaultMapper());
    TailscaleHttp http = new TailscaleHttp(
        b.httpClient.orElseGet(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()),
        b.baseUri, new Retrier(b.retryPolicy), b.requestTimeout, b.userAgent, b.clock,
        JsonModels.defaultMapper(), transport -> tokenSource(transport, json, b));
    String tailnetPath = "/api/v2/tailnet/" + ApiRequest.segment(tailnet);
    this.keys = new TailnetKeys(http, json, tailnetPath, credentials.isOAuthClient());
    this.devices = new TailnetDevices(http, json, tailnetPath);
    this.dns = new TailnetDns(http, json, tailnetPath);
    this.settings = new TailnetSettingsEndpoint(http, json, tailnetPath);
    this.policyFile = new TailnetPolicyFile(http, json, tailnetPath);
    this.deployments = new DeploymentDevices(devices, clock);
  }

  private static AccessTokenSource tokenSource(TailscaleHttp transport, JsonModels json, Builder b) {
    TailscaleCredentials c = b.credentials;
    if (!c.isOAuthClient()) {
      return AccessTokenSource.fixed(c.apiTokenOrNull());
    }
    return new OAuthTokenSource(transport, json, c.clientIdOrNull(), c.clientSecretOrNull(), c.scopes(),
        b.clock, b.tokenRefreshMargin);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The tailnet this client addresses ({@code -} is the credentials' own). */
  public String tailnet() {
    return tailnet;
  }

  /** Auth keys: create, list, get, delete. */
  public TailnetKeys keys() {
    return keys;
  }

  /** Devices: list, get, delete, authorize, tags, name, key expiry, routes; MagicDNS suffix. */
  public TailnetDevices devices() {
    return devices;
  }

  /** Nameservers, MagicDNS preference, search paths, split DNS, whole DNS configuration. */
  public TailnetDns dns() {
    return dns;
  }

  /** Tailnet settings such as {@code httpsEnabled}. */
  public TailnetSettingsEndpoint settings() {
    return settings;
  }

  /** The policy file: get with its ETag, set with {@code If-Match}, validate, preview. */
  public TailnetPolicyFile policyFile() {
    return policyFile;
  }

  /** Finding the device a deployment registered, and removing its stale predecessors. */
  public DeploymentDevices deployments() {
    return deployments;
  }

  @Override
  public String toString() {
    return "TailscaleClient[tailnet=" + tailnet + ", credentials=" + credentials + "]";
  }

  /** Configures a {@link TailscaleClient}. Only the credentials are required. */
  public static final class Builder {
    private URI baseUri = DEFAULT_BASE_URI;
    private String tailnet = DEFAULT_TAILNET;
    private TailscaleCredentials credentials;
    private Optional<HttpClient> httpClient = Optional.empty();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration tokenRefreshMargin = Duration.ofMinutes(1);
    private String userAgent = "paperclip-fly-tailscale-client";

    private Builder() {}

    public Builder credentials(TailscaleCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Where the API lives; default {@code https://api.tailscale.com}. A trailing {@code /api/v2} is
     * accepted and dropped.
     */
    public Builder baseUri(URI baseUri) {
      String s = Objects.requireNonNull(baseUri, "baseUri").toString();
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.endsWith("/api/v2")) {
        s = s.substring(0, s.length() - "/api/v2".length());
      }
      URI u = URI.create(s);
      if (u.getScheme() == null || u.getHost() == null) {
        throw new IllegalArgumentException("baseUri must be absolute, like https://api.tailscale.com, was " + baseUri);
      }
      this.baseUri = u;
      return this;
    }

    /** The tailnet ID (e.g. {@code T1234CNTRL}); default {@code -}, the credentials' own tailnet. */
    public Builder tailnet(String tailnet) {
      Objects.requireNonNull(tailnet, "tailnet");
      if (tailnet.isBlank()) {
        throw new IllegalArgumentException("tailnet is blank: pass the tailnet ID or '-' for the credentials' own");
      }
      this.tailnet = tailnet.strip();
      return this;
    }

    /** The JDK HTTP client to use; by default one with a 10 s connect timeout. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Optional.of(httpClient);
      return this;
    }

    /** How safe calls are retried; its clock and sleeper are used for the waits. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The clock for token expiry and device ages; default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Per-request timeout; default 30 s. */
    public Builder requestTimeout(Duration requestTimeout) {
      if (requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
      }
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** How long before expiry an OAuth access token is replaced; default 1 minute. */
    public Builder tokenRefreshMargin(Duration margin) {
      if (margin.isNegative()) {
        throw new IllegalArgumentException("tokenRefreshMargin must not be negative, was " + margin);
      }
      this.tokenRefreshMargin = margin;
      return this;
    }

    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /**
     * @throws NullPointerException when no credentials were given
     */
    public TailscaleClient build() {
      return new TailscaleClient(this);
    }
  }
}
