package dev.paperclipfly.deploy;

import dev.paperclipfly.core.retry.RetryPolicy;
import dev.paperclipfly.deploy.internal.DeployContext;
import dev.paperclipfly.deploy.internal.DeployRunner;
import dev.paperclipfly.deploy.internal.FlyClientApi;
import dev.paperclipfly.deploy.internal.RetryNotices;
import dev.paperclipfly.deploy.internal.RateLimiter;
import dev.paperclipfly.deploy.internal.TailscaleClientApi;
import dev.paperclipfly.fly.FlyClient;
import dev.paperclipfly.tailscale.TailscaleClient;
import dev.paperclipfly.tailscale.TailscaleCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Plans and applies Paperclip deployments on Fly.io behind Tailscale: the seed's hand-typed
 * {@code flyctl} and admin-console steps as one call that is safe to repeat.
 *
 * <ul>
 *   <li>{@link #plan} reads the live state of Fly and the tailnet and lists what would change; it
 *       changes nothing.
 *   <li>{@link #apply} makes it so, step by step, reporting progress. Run again with nothing
 *       changed, it makes no changing call. After a failure at any step, running it again continues
 *       from the live state. It never deletes a volume, an existing secret or data on the volume.
 * </ul>
 *
 * <pre>{@code
 * Deployer deployer = Deployer.builder()
 *     .credentials(Credentials.builder()
 *         .flyToken(Secret.fromEnv("FLY_API_TOKEN"))
 *         .tailscaleApiToken(Secret.fromEnv("TS_API_KEY"))
 *         .build())
 *     .build();
 * System.out.println(deployer.plan(target));
 * DeployResult r = deployer.apply(target, event -> System.out.println(event));
 * r.adminInvite().ifPresent(invite -> ...); // shown once
 * }</pre>
 *
 * <p>A deployer is thread-safe and meant to be shared: its rate limiter spans every deployment it runs.
 */
public final class Deployer {
  private final RetryPolicy retryPolicy;
  private final RateLimiter limiter;
  private final Clock clock;
  private final FlyClientApi fly;
  private final TailscaleClientApi tailnet;

  private Deployer(Builder b) {
    Credentials credentials = Objects.requireNonNull(b.credentials, "credentials are required: call credentials(...)");
    this.retryPolicy = b.retryPolicy;
    this.clock = retryPolicy.clock();
    this.limiter = new RateLimiter(b.rateLimits, retryPolicy.sleeper(), System::nanoTime);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    // The clients repeat refused calls themselves; their sleeper is where the running apply hears of it.
    RetryPolicy retries = retryPolicy.withSleeper(d -> {
      RetryNotices.waiting(d);
      retryPolicy.sleeper().sleep(d);
    });
    this.fly = new FlyClientApi(FlyClient.builder().baseUri(b.flyApi).token(credentials.flyToken())
        .retryPolicy(retries).httpClient(http).build(), limiter);
    this.tailnet = new TailscaleClientApi(TailscaleClient.builder().baseUri(b.tailscaleApi)
        .credentials(tailscaleCredentials(credentials)).retryPolicy(retries).clock(clock).httpClient(http).build());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads the live state and returns what {@link #apply} would do. Changes nothing. */
  public DeploymentPlan plan(DeploymentTarget target) {
    return new DeployRunner(e -> {}).plan(context(target, true));
  }

  /** Applies the target. */
  public DeployResult apply(DeploymentTarget target) {
    return apply(target, e -> {});
  }

  /**
   * Applies the target, reporting progress to {@code listener}.
   *
   * @throws DeployException when a step fails or needs the user; its message says which and what to do
   */
  public DeployResult apply(DeploymentTarget target, Consumer<DeployEvent> listener) {
    Objects.requireNonNull(listener, "listener");
    DeployRunner runner = new DeployRunner(listener);
    return RetryNotices.during(d -> runner.retrying(target.appName(), clock.instant(), d),
        () -> runner.apply(context(target, false)));
  }

  private DeployContext context(DeploymentTarget target, boolean dryRun) {
    return new DeployContext(target, fly, tailnet, dryRun, clock, retryPolicy.sleeper());
  }

  private static TailscaleCredentials tailscaleCredentials(Credentials credentials) {
    return credentials.tailscaleApiToken().map(TailscaleCredentials::apiToken)
        .orElseGet(() -> TailscaleCredentials.oauthClient(credentials.tailscaleOAuthClientId().orElseThrow(),
            credentials.tailscaleOAuthClientSecret().orElseThrow()));
  }

  /** Configures a {@link Deployer}. */
  public static final class Builder {
    private URI flyApi = FlyClient.PUBLIC_API;
    private URI tailscaleApi = TailscaleClient.DEFAULT_BASE_URI;
    private Credentials credentials;
    private RateLimits rateLimits = RateLimits.flyDocumented();
    private RetryPolicy retryPolicy = RetryPolicy.builder().maxAttempts(8).build();

    private Builder() {}

    /** Base URI of the Machines API ({@code /v1} optional); defaults to {@code https://api.machines.dev}. */
    public Builder flyApi(URI base) {
      this.flyApi = Objects.requireNonNull(base, "base");
      return this;
    }

    /** Base URI of the Tailscale API ({@code /api/v2} optional); defaults to {@code https://api.tailscale.com}. */
    public Builder tailscaleApi(URI base) {
      this.tailscaleApi = Objects.requireNonNull(base, "base");
      return this;
    }

    public Builder credentials(Credentials c) {
      this.credentials = Objects.requireNonNull(c, "credentials");
      return this;
    }

    /** Client-side Fly rate limits; {@link RateLimits#flyDocumented()} by default. */
    public Builder rateLimits(RateLimits limits) {
      this.rateLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * How refused (429) and transiently failed calls are repeated; its clock and sleeper are also
     * used for waits, so tests can run without sleeping. Default: 8 attempts, Retry-After honoured.
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    public Deployer build() {
      return new Deployer(this);
    }
  }
}
