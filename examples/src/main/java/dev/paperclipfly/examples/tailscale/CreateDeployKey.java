package dev.paperclipfly.examples.tailscale;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.validation.ValidationException;
import dev.paperclipfly.tailscale.TailscaleClient;
import dev.paperclipfly.tailscale.TailscaleCredentials;
import dev.paperclipfly.tailscale.TailscaleException;
import dev.paperclipfly.tailscale.model.AuthKeyRequest;
import dev.paperclipfly.tailscale.model.TailnetKey;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Creates the auth key a Paperclip deployment on Fly.io joins the tailnet with, and reports the
 * tailnet's MagicDNS suffix (the {@code TAILNET_DNS} of the deployment).
 *
 * <p>Credentials come from the environment only, never from arguments (which end up in shell
 * history and {@code ps}): {@code TS_API_KEY}, or {@code TS_OAUTH_CLIENT_ID} and
 * {@code TS_OAUTH_CLIENT_SECRET}. {@code TS_BASE_URL} points it at another API endpoint.
 *
 * <p>The key is a secret: it is printed only with {@code --print-key}, and then as
 * {@code NAME=value} lines on standard output, so it can go straight into Fly without touching the
 * command line or a file:
 *
 * <pre>
 * java ... CreateDeployKey --tag tag:paperclip --print-key | flyctl secrets import --app my-paperclip
 * </pre>
 */
@Command(name = "create-deploy-key", mixinStandardHelpOptions = true,
    description = "Create a reusable, tagged, pre-authorized Tailscale auth key for a deployment.")
public final class CreateDeployKey implements Callable<Integer> {
  @Option(names = "--tag", required = true, paramLabel = "TAG",
      description = "Tag for devices joining with the key, e.g. tag:paperclip (repeatable; OAuth needs at least one).")
  private List<String> tags = new ArrayList<>();

  @Option(names = "--description", defaultValue = "paperclip-fly deploy",
      description = "Key description, at most 50 letters, digits, hyphens and spaces (default: ${DEFAULT-VALUE}).")
  private String description;

  @Option(names = "--expiry-days", defaultValue = "90", description = "Key lifetime in days (default: ${DEFAULT-VALUE}).")
  private int expiryDays;

  @Option(names = "--tailnet", defaultValue = "-", description = "Tailnet ID; '-' is the credentials' own (default).")
  private String tailnet;

  @Option(names = "--enable-https",
      description = "Also turn on MagicDNS and HTTPS certificates, which 'tailscale serve --https' needs.")
  private boolean enableHttps;

  @Option(names = "--print-key",
      description = "Print TAILSCALE_AUTH_KEY=... and TAILNET_DNS=... on standard output, for 'flyctl secrets import'.")
  private boolean printKey;

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  CreateDeployKey(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    CreateDeployKey command = new CreateDeployKey(System.getenv(), System.out, System.err);
    System.exit(new CommandLine(command).execute(args));
  }

  @Override
  public Integer call() {
    Optional<TailscaleCredentials> credentials = credentials();
    if (credentials.isEmpty()) {
      err.println("No Tailscale credentials: export TS_API_KEY (an API access token, tskey-api-...),");
      err.println("or TS_OAUTH_CLIENT_ID and TS_OAUTH_CLIENT_SECRET (an OAuth client with the auth_keys scope).");
      return 2;
    }
    TailscaleClient.Builder builder = TailscaleClient.builder().credentials(credentials.get()).tailnet(tailnet);
    Optional.ofNullable(env.get("TS_BASE_URL")).filter(s -> !s.isBlank()).map(URI::create).ifPresent(builder::baseUri);
    TailscaleClient tailscale = builder.build();

    // Gotcha "Use reusable auth keys": a single-use key is consumed on first boot and a redeploy cannot rejoin.
    AuthKeyRequest request = AuthKeyRequest.builder()
        .reusable(true)
        .preauthorized(true)
        .ephemeral(false)
        .tags(tags)
        .expiry(Duration.ofDays(expiryDays))
        .description(description)
        .build();
    try {
      if (enableHttps) {
        if (!tailscale.dns().magicDns()) {
          tailscale.dns().setMagicDns(true);
          err.println("Turned MagicDNS on.");
        }
        if (tailscale.settings().ensureHttpsEnabled()) {
          err.println("Turned HTTPS certificates on.");
        }
      }
      TailnetKey key = tailscale.keys().createAuthKey(request);
      // Setup step "find your tailnet DNS suffix in the admin console": read it from a device name instead.
      Optional<String> suffix = tailscale.devices().magicDnsSuffix();
      report(key, suffix);
      return 0;
    } catch (ValidationException e) {
      err.println(e.getMessage());
      return 2;
    } catch (TailscaleException e) {
      err.println("Tailscale refused: " + e.getMessage());
      return 1;
    }
  }

  private Optional<TailscaleCredentials> credentials() {
    String apiKey = env.get("TS_API_KEY");
    if (apiKey != null && !apiKey.isBlank()) {
      return Optional.of(TailscaleCredentials.apiToken(Secret.of(apiKey.strip())));
    }
    String clientId = env.get("TS_OAUTH_CLIENT_ID");
    String clientSecret = env.get("TS_OAUTH_CLIENT_SECRET");
    if (clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank()) {
      // The client's own scopes; it needs auth_keys, and devices:core:read for the MagicDNS suffix.
      return Optional.of(TailscaleCredentials.oauthClient(clientId, Secret.of(clientSecret.strip())));
    }
    return Optional.empty();
  }

  private void report(TailnetKey key, Optional<String> suffix) {
    err.println("Created auth key " + key.id() + " (reusable, pre-authorized, tags " + key.capabilities()
        .map(c -> c.tags().toString()).orElse(tags.toString()) + ")"
        + key.expires().map(e -> ", expires " + e).orElse(""));
    if (suffix.isPresent()) {
      err.println("Tailnet MagicDNS suffix: " + suffix.get());
    } else {
      err.println("Tailnet MagicDNS suffix: unknown until the first device joins (the API has no field for it).");
    }
    if (printKey) {
      // Standard output carries only what flyctl secrets import should read.
      out.println("TAILSCALE_AUTH_KEY=" + key.key().map(Secret::reveal).orElseThrow(
          () -> new IllegalStateException("the API did not return the key value")));
      suffix.ifPresent(s -> out.println("TAILNET_DNS=" + s));
    } else {
      out.println("The key value was not printed: it is a secret, and the API will not show it again.");
      out.println("Revoke this key (id " + key.id() + ") in the admin console, then run again with --print-key");
      out.println("and pipe standard output into flyctl, which reads NAME=value lines from stdin, so the key");
      out.println("never appears on a command line ('flyctl secrets set NAME=value' would put it there):");
      out.println("  ... --print-key | flyctl secrets import --app <your-app>");
      suffix.ifPresent(s -> out.println("TAILNET_DNS for the deployment: " + s));
    }
  }
}
