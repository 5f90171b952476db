// Lists the Machines of a Fly app.
//
//   ./mvnw -B -ntp -q -pl examples -am package -DskipTests
//   FLY_API_TOKEN=$(fly tokens create readonly) FLY_APP=my-app \
//     jshell --class-path examples/target/paperclip-fly.jar examples/jshell/list-machines.jsh
//
// The token is read from the environment and never printed; FLY_API_URL may point at
// http://_api.internal:4280 when run inside Fly's private network.

import dev.paperclipfly.fly.FlyApiException;
import dev.paperclipfly.fly.FlyClient;
import dev.paperclipfly.fly.FlyToken;
import dev.paperclipfly.fly.model.Machine;
import java.net.URI;

String app = System.getenv("FLY_APP");
if (app == null || app.isBlank()) {
  System.err.println("FLY_APP is not set: export FLY_APP=<your app name>");
  System.exit(2);
}

// JShell reads line by line: keep each continued line ending in an open call or a dot.
FlyClient fly = FlyClient.builder().
    token(FlyToken.fromEnv("FLY_API_TOKEN")).
    baseUri(URI.create(System.getenv().getOrDefault("FLY_API_URL", "https://api.machines.dev"))).
    build();

try {
  System.out.printf("%-16s %-20s %-10s %-6s %s%n", "ID", "NAME", "STATE", "REGION", "IMAGE");
  for (Machine m : fly.machines().list(app)) {
    System.out.printf("%-16s %-20s %-10s %-6s %s%n",
        m.id(),
        m.name().orElse("-"),
        m.state().orElse("-"),
        m.region().orElse("-"),
        m.config().flatMap(c -> c.image()).orElse("-"));
  }
} catch (FlyApiException e) {
  System.err.println(e.getMessage());
  System.exit(1);
}

/exit
