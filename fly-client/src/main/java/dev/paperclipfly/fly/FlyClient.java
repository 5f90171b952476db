package dev.paperclipfly.fly;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.retry.RetryPolicy;
import dev.paperclipfly.fly.internal.ApiTransport;
import dev.paperclipfly.fly.internal.LeaseNonces;
import dev.paperclipfly.fly.internal.SdkVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A client of the Fly Machines API ({@code https://api.machines.dev}, or
 * {@code http://_api.internal:4280} from inside Fly's private network).
 *
 * <pre>{@code
 * FlyClient fly = FlyClient.builder()
 *     .token(FlyToken.fromEnv("FLY_API_TOKEN"))
 *     .build();
 * fly.machines().list("my-app").forEach(m -> System.out.println(m.id() + " " + m.state().orElse("?")));
 * }</pre>
 *
 * <p>Every call is synchronous and thread-safe. Calls that are safe to repeat are retried after
 * 408, 429, 5xx, resets and timeouts with jittered exponential backoff, honouring
 * {@code Retry-After}; calls that could do their work twice (creates, exec) are retried only when the
 * server certainly did not act (429, connection never opened). Each call is bounded by a per-attempt
 * timeout and a total deadline. The client holds no global state: build one per token.
 */
public final class FlyClient {
  /** The public API endpoint. */
  public static final URI PUBLIC_API = URI.create("https://api.machines.dev");
  /** The endpoint reachable from inside a Fly organization's private network. */
  public static final URI INTERNAL_API = URI.create("http://_api.internal:4280");

  private final URI baseUri;
  private final FlyToken token;
  private final Apps apps;
  private final Machines machines;
  private final Volumes volumes;
  private final Secrets secrets;
  private final IpAssignments ipAssignments;
  private final Certificates certificates;

  private FlyClient(Builder b) {
    this.baseUri = b.baseUri;
    this.token = b.token;
    HttpClient http = b.httpClient.orElseGet(() -> HttpClient.newBuilder()
        .connectTimeout(b.connectTimeout)
        // Plain http (the private-network endpoint) stays on HTTP/1.1 rather than attempting an h2c upgrade.
        .version(baseUri.getScheme().equals("http") ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build());
    ApiTransport transport = new ApiTransport(http, baseUri, token, b.userAgent, b.retryPolicy, b.requestTimeout,
        b.callTimeout);
    LeaseNonces leases = new LeaseNonces();
    this.apps = new Apps(transport);
    this.machines = new Machines(transport, leases);
    this.volumes = new Volumes(transport);
    this.secrets = new Secrets(transport);
    this.ipAssignments = new IpAssignments(transport);
    this.certificates = new Certificates(transport);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Apps: create, get, list by organization, delete. */
  public Apps apps() {
    return apps;
  }

  /** Machines, their leases, waits, exec, events, processes and metadata. */
  public Machines machines() {
    return machines;
  }

  /** Volumes and their snapshots. */
  public Volumes volumes() {
    return volumes;
  }

  /** App secrets. */
  public Secrets secrets() {
    return secrets;
  }

  /** Public and private (Flycast) IP addresses of apps. */
  public IpAssignments ipAssignments() {
    return ipAssignments;
  }

  /** TLS certificates of apps' custom hostnames. */
  public Certificates certificates() {
    return certificates;
  }

  public URI baseUri() {
    return baseUri;
  }

  @Override
  public String toString() {
    return "FlyClient{baseUri=" + baseUri + ", token=" + token + "}";
  }

  /** Configures a {@link FlyClient}; only {@link #token} is required. */
  public static final class Builder {
    private FlyToken token;
    private URI baseUri = PUBLIC_API;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofMinutes(2);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private String userAgent = SdkVersion.userAgent();
    private Optional<HttpClient> httpClient = Optional.empty();

    private Builder() {}

    public Builder token(FlyToken token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /** Same as {@code token(FlyToken.of(token))}. */
    public Builder token(Secret token) {
      return token(FlyToken.of(token));
    }

    /**
     * The API endpoint, default {@link #PUBLIC_API}. A trailing {@code /v1} is accepted and dropped
     * (the client adds it).
     */
    public Builder baseUri(URI baseUri) {
      Objects.requireNonNull(baseUri, "baseUri");
      String s = baseUri.toString().replaceAll("/+$", "");
      if (s.endsWith("/v1")) {
        s = s.substring(0, s.length() - 3);
      }
      URI normalized = URI.create(s);
      if (normalized.getScheme() == null || normalized.getHost() == null
          || !(normalized.getScheme().equals("https") || normalized.getScheme().equals("http"))) {
        throw new IllegalArgumentException(
            "baseUri " + baseUri + " is not an http(s) URL: use https://api.machines.dev or http://_api.internal:4280");
      }
      this.baseUri = normalized;
      return this;
    }

    /** Retry policy, including the clock and sleeper used for backoff and deadlines. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** How long one attempt may take, default 30 s. A Machine wait gets this on top of its server-side wait. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** How long one call may take in all, retries and backoff included, default 2 minutes. */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /** How long opening a connection may take, default 10 s. Ignored with {@link #httpClient}. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Appends a product token to the SDK's User-Agent, e.g. {@code my-tool/1.2}. */
    public Builder userAgentSuffix(String suffix) {
      if (suffix == null || suffix.isBlank() || suffix.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException("userAgentSuffix must be printable text such as my-tool/1.2");
      }
      this.userAgent = SdkVersion.userAgent() + " " + suffix.strip();
      return this;
    }

    /** A JDK HTTP client to use instead of a new one (for proxies or custom TLS). */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Optional.of(httpClient);
      return this;
    }

    /**
     * @throws IllegalStateException when no token was given
     */
    public FlyClient build() {
      if (token == null) {
        throw new IllegalStateException(
            "FlyClient needs a token: builder().token(FlyToken.fromEnv(\"FLY_API_TOKEN\"))");
      }
      return new FlyClient(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
