package dev.paperclipfly.fly.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.testing.openapi.Exchange;
import dev.paperclipfly.core.testing.openapi.OpenApiConformance;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Fly-specific check: every call carries a Fly token, in one of the two schemes flyctl uses. */
class MachinesApiSpecTest {
  private final OpenApiConformance checks = MachinesApiSpec.conformance(MachinesApiSpec.projectCopy());

  private static Exchange listMachines(Map<String, String> headers) {
    return new Exchange("GET", "/v1/apps/a/machines", headers, "", true, Optional.empty());
  }

  @Test
  void aCallWithoutAFlyTokenIsReportedWithoutEchoingTheHeader() {
    assertThat(checks.check(listMachines(Map.of("Authorization", "FlyV1 fm2_abc")))).isEmpty();
    assertThat(checks.check(listMachines(Map.of("Authorization", "Bearer oauth-abc")))).isEmpty();
    assertThat(checks.check(listMachines(Map.of()))).singleElement().asString().contains("no Authorization header");
    assertThat(checks.check(listMachines(Map.of("Authorization", "fm2_abc"))))
        .singleElement().asString().contains("neither 'FlyV1 <token>' nor 'Bearer <token>'").doesNotContain("fm2_abc");
  }
}
