// Render the deployment bundle for one Paperclip instance, check it, and write it to ./paperclip-deploy.
//
//   ./mvnw -B -ntp -q -pl examples -am package -DskipTests
//   jshell --class-path examples/target/paperclip-fly.jar examples/jshell/render.jsh
//
// PAPERCLIP_APP and TAILNET_DNS in the environment override the example values.

import dev.paperclipfly.templates.*;
import dev.paperclipfly.templates.lint.*;
import java.nio.file.Path;

String app = System.getenv().getOrDefault("PAPERCLIP_APP", "my-paperclip");

// JShell ends a statement at a complete line, so continued lines end with a dot.
PaperclipDeployment deployment = PaperclipDeployment.builder().
    appName(app).
    org("personal").
    primaryRegion("sjc").
    tailnetDnsSuffix(java.util.Optional.ofNullable(System.getenv("TAILNET_DNS"))).
    build();

Bundle bundle = BundleRenderer.builder().build().render(deployment);
System.out.println("files: " + bundle.paths());
System.out.println("secrets to set: " + deployment.expectedSecrets());
System.out.println("lint findings: " + BundleLinter.create().lint(bundle));

System.out.println("written: " + bundle.writeTo(Path.of("paperclip-deploy"), WriteMode.REFUSE_CHANGES));
System.out.println("Next: follow paperclip-deploy/DEPLOY.md");
/exit
