package dev.paperclipfly.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiConformanceTest {
  private static RecordedRequest get(String path, int status, String answer) {
    return new RecordedRequest("GET", path, "", "op", OperationKind.READ, status, "", Instant.EPOCH,
        Map.of("Authorization", "Bearer t"), Map.of("Content-Type", "application/json"), answer);
  }

  @Test
  void anAnswerWithAFieldTheDocumentLacksIsReported() {
    List<String> problems = ApiConformance.tailscale(List.of(
        get("/api/v2/tailnet/-/dns/preferences", 200, "{\"magicDNS\":true,\"magicDns\":true}")));

    assertThat(problems).isNotEmpty();
  }

  @Test
  void anAnswerOfTheWrongTypeIsReported() {
    List<String> problems = ApiConformance.fly(List.of(get("/v1/apps/x", 200, "{\"name\":42}")));

    assertThat(problems).isNotEmpty();
  }

  @Test
  void aConformingAnswerPasses() {
    assertThat(ApiConformance.tailscale(List.of(get("/api/v2/tailnet/-/dns/preferences", 200, "{\"magicDNS\":true}"))))
        .isEmpty();
  }
}
