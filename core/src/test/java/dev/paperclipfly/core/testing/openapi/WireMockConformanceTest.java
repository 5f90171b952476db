package dev.paperclipfly.core.testing.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperclipfly.core.testing.RealTools;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The after-each hook: fails the test with every problem, and can excuse one test's broken answers. */
class WireMockConformanceTest {
  static final OpenApiSpec SPEC = OpenApiSpec.load(
      RealTools.sharedDir().resolve("reference").resolve("fly-machines-openapi.json"));

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final WireMockConformance hook = new WireMockConformance(OpenApiConformance.builder(SPEC).build(),
      wm::getAllServeEvents, "traffic does not match the document");

  @Test
  void failsListingEveryProblemUnderItsTitle() {
    WireMockRequests.send(wm, "GET", "/v1/apps", Map.of(), null);
    wm.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v")).willReturn(okJson("{\"size_gb\": \"big\"}")));
    WireMockRequests.sendUnstubbed(wm, "GET", "/v1/apps/a/volumes/v?verbose=1", Map.of(), null);

    assertThatThrownBy(() -> hook.afterEach(null))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("traffic does not match the document:\n  ")
        .hasMessageContaining("required query parameter 'org_slug' missing")
        .hasMessageContaining("query parameter 'verbose' is not declared")
        .hasMessageContaining("stubbed 200 answer");
    assertThat(hook.checkedRequests()).isEqualTo(2);
  }

  @Test
  void passesConformingTraffic() {
    WireMockRequests.send(wm, "GET", "/v1/apps?org_slug=personal", Map.of(), null);

    hook.afterEach(null);

    assertThat(hook.checkedRequests()).isEqualTo(1);
  }

  @Test
  void excusesMalformedAnswersForOneCheckButStillChecksRequests() {
    wm.stubFor(get(urlPathEqualTo("/v1/apps/a/volumes/v")).willReturn(okJson("{not json")));
    WireMockRequests.send(wm, "GET", "/v1/apps/a/volumes/v", Map.of(), null);

    hook.expectMalformedAnswers();
    hook.afterEach(null);
    WireMockRequests.sendUnstubbed(wm, "GET", "/v1/apps/a/volumes/v?verbose=1", Map.of(), null);

    assertThatThrownBy(() -> hook.afterEach(null))
        .hasMessageContaining("is not JSON")
        .hasMessageContaining("query parameter 'verbose' is not declared");
  }
}
