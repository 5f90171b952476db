package dev.paperclipfly.testkit;

import dev.paperclipfly.core.testing.RealTools;
import dev.paperclipfly.core.testing.openapi.Exchange;
import dev.paperclipfly.core.testing.openapi.OpenApiConformance;
import dev.paperclipfly.core.testing.openapi.OpenApiSpec;
import dev.paperclipfly.fly.testkit.MachinesApiSpec;
import java.util.List;
import java.util.Optional;

/**
 * Holds a fake's traffic to the vendors' OpenAPI documents with the project's shared checker: every
 * request (as the code under test sent it) and every answer (as the fake gave it). For tests of the
 * fakes themselves and of code that talks to them.
 */
public final class ApiConformance {
  private static volatile OpenApiConformance tailscale;

  private ApiConformance() {}

  /** Problems with the traffic a fake Fly answered (empty when all of it fits the Machines document). */
  public static List<String> fly(List<RecordedRequest> traffic) {
    return MachinesApiSpec.conformance(MachinesApiSpec.projectCopy()).check(exchanges(traffic));
  }

  /** Problems with the traffic a fake Tailscale answered. */
  public static List<String> tailscale(List<RecordedRequest> traffic) {
    if (tailscale == null) {
      OpenApiSpec spec = OpenApiSpec.loader(RealTools.sharedDir().resolve("reference").resolve("tailscale-v2-openapi.yaml"))
          .strictObjects().load();
      tailscale = OpenApiConformance.builder(spec)
          .requestCheck((e, op) -> e.header("Authorization").filter(a -> a.startsWith("Bearer ")).isPresent()
              ? List.of() : List.of("no bearer token (the document's security is bearerAuth)"))
          .errorSchema("Error")
          // The OAuth token endpoint is not in the document; its form is RFC 6749's.
          .outsideSpec("POST", "/api/v2/oauth/token", e -> e.form().containsKey("client_secret") ? List.of()
              : List.of("token request without client_secret"))
          .build();
    }
    return tailscale.check(exchanges(traffic));
  }

  private static List<Exchange> exchanges(List<RecordedRequest> traffic) {
    return traffic.stream().map(r -> new Exchange(r.method(), r.path() + (r.query().isEmpty() ? "" : "?" + r.query()),
        r.headers(), r.body(), true, r.status() == 0 ? Optional.empty()
            : Optional.of(Exchange.Answer.of(r.status(), r.answerHeaders(), r.answerBody())))).toList();
  }
}
