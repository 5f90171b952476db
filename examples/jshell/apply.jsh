// Apply a Paperclip deployment against the test kit's fake Fly and Tailscale APIs, then apply it
// again to see that the second run changes nothing.
//
//   ./mvnw -B -ntp -q -pl examples -am package -DskipTests
//   jshell --class-path examples/target/paperclip-fly.jar examples/jshell/apply.jsh
//
// For the real APIs, drop the fakes and the two base URIs, and build the credentials from
// Secret.fromEnv("FLY_API_TOKEN") and Secret.fromEnv("TS_API_KEY").

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.deploy.*;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.testkit.*;

FakeFly fly = FakeFly.start();
FakeTailscale tailscale = FakeTailscale.start();

Deployer deployer = Deployer.builder().
    flyApi(fly.baseUri()).
    tailscaleApi(tailscale.baseUri()).
    credentials(Credentials.builder().flyToken(Secret.of("fake-fly-token")).
        tailscaleApiToken(Secret.of("tskey-api-fake")).build()).
    build();

DeploymentTarget target = DeploymentTarget.forDeployment(
        PaperclipDeployment.builder().appName("my-paperclip").org("personal").primaryRegion("sjc").build(),
        "registry.fly.io/my-paperclip:deployment-01").
    claudeCodeOAuthToken(Secret.of("sk-ant-oat01-example")).
    // The fake tailnet starts with MagicDNS and HTTPS certificates off; this consents to turning them on.
    allowTailnetSettingsChanges(true).
    build();

DeployResult first = deployer.apply(target, e -> System.out.println(e));
System.out.println("Paperclip: " + first.tailnetUrl().orElse("?"));
System.out.println("first-admin invite: " + (first.adminInvite().isPresent() ? "returned (call reveal() to show it)" : "none"));

fly.requests().clear();
tailscale.requests().clear();
DeployResult second = deployer.apply(target);
System.out.println("second apply changed anything: " + second.changedAnything()
    + ", mutating calls: " + (fly.requests().count(OperationKind.MUTATION) + tailscale.requests().count(OperationKind.MUTATION)));
fly.close();
tailscale.close();
/exit
