// Plan a Paperclip deployment against the test kit's fake Fly and Tailscale APIs: nothing is changed,
// the plan lists what apply would do and why.
//
//   ./mvnw -B -ntp -q -pl examples -am package -DskipTests
//   jshell --class-path examples/target/paperclip-fly.jar examples/jshell/plan.jsh
//
// For the real APIs, drop the fakes and the two base URIs, and build the credentials from
// Secret.fromEnv("FLY_API_TOKEN") and Secret.fromEnv("TS_API_KEY").

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.deploy.*;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.testkit.*;

FakeFly fly = FakeFly.start();
FakeTailscale tailscale = FakeTailscale.start();

// JShell ends a statement at a complete line, so continued lines end with a dot.
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
    build();

System.out.println(deployer.plan(target));
System.out.println("calls made: " + fly.requests().countsByOperation() + " " + tailscale.requests().countsByOperation());
fly.close();
tailscale.close();
/exit
