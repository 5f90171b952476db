// Create a reusable, tagged, pre-authorized Tailscale auth key and show the tailnet's MagicDNS suffix.
//
// Credentials come from the environment (TS_API_KEY, or TS_OAUTH_CLIENT_ID and TS_OAUTH_CLIENT_SECRET);
// TS_BASE_URL points it at another endpoint, such as a test double.
// Build the SDK once, then start JShell with it:
//   ./mvnw -B -ntp -q -pl examples -am package -DskipTests
//   jshell --class-path examples/target/paperclip-fly.jar examples/jshell/create-auth-key.jsh

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.tailscale.*;
import dev.paperclipfly.tailscale.model.*;
import java.time.Duration;
import java.util.List;

TailscaleCredentials credentialsFromEnvironment() {
  if (System.getenv("TS_API_KEY") != null) {
    return TailscaleCredentials.apiToken(Secret.fromEnv("TS_API_KEY"));
  }
  return TailscaleCredentials.oauthClient(System.getenv("TS_OAUTH_CLIENT_ID"), Secret.fromEnv("TS_OAUTH_CLIENT_SECRET"));
}

TailscaleCredentials credentials = credentialsFromEnvironment();

TailscaleClient.Builder builder = TailscaleClient.builder().credentials(credentials);
if (System.getenv("TS_BASE_URL") != null) builder.baseUri(java.net.URI.create(System.getenv("TS_BASE_URL")));
TailscaleClient tailscale = builder.build();

// JShell ends a statement at a complete line, so continued lines end with a dot.
// Reusable: a single-use key is consumed on the first boot and the next deploy could not rejoin.
AuthKeyRequest request = AuthKeyRequest.builder().
    reusable(true).
    preauthorized(true).
    addTags("tag:paperclip").
    expiry(Duration.ofDays(90)).
    description("paperclip-fly deploy").
    build();

TailnetKey key = tailscale.keys().createAuthKey(request);
System.out.println("created " + key);          // the key value prints as Secret[****]
System.out.println("MagicDNS suffix: " + tailscale.devices().magicDnsSuffix().orElse("(no device yet)"));

// The value itself, only when you need it, e.g. to pipe into `flyctl secrets import`:
// System.out.println("TAILSCALE_AUTH_KEY=" + key.key().get().reveal());
/exit
