package dev.paperclipfly.tailscale.spec;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperclipfly.core.testing.openapi.OpenApiConformance;
import dev.paperclipfly.core.testing.openapi.WireMockConformance;
import dev.paperclipfly.core.testing.openapi.WireMockRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Tailscale-specific checks: each must catch what it claims to catch. (The checks every document
 * gets are tried in core's tests.)
 */
class SpecConformanceTest {
  static final OpenApiConformance CHECKS = TailscaleSpec.conformance(TailscaleSpec.corrected());

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final WireMockConformance hook = TailscaleSpec.afterEachCheck(wm::getAllServeEvents);

  private List<String> send(String method, String pathAndQuery, Map<String, String> headers, String body) {
    return CHECKS.check(WireMockRequests.send(wm, method, pathAndQuery, headers, body));
  }

  private static Map<String, String> bearer() {
    return Map.of("Authorization", "Bearer tskey-api-x");
  }

  @Test
  void flagsAMissingBearerToken() {
    assertThat(send("GET", "/api/v2/tailnet/-/settings", Map.of(), null))
        .anySatisfy(p -> assertThat(p).contains("no bearer token"));
  }

  @Test
  void flagsAMisspelledFieldInARequestBody() {
    Map<String, String> h = Map.of("Authorization", "Bearer tskey-api-x", "Content-Type", "application/json");
    assertThat(send("POST", "/api/v2/device/n1CNTRL/authorized", h, "{\"authorized\":true,\"authorised\":true}"))
        .singleElement().asString().contains("request body").contains("authorised");
  }

  @Test
  void failsTheTestAfterwardsListingEveryProblem() {
    send("GET", "/api/v2/tailnet/-/keys", Map.of(), null);

    assertThatThrownBy(() -> hook.afterEach(null))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("required query parameter 'all' missing")
        .hasMessageContaining("no bearer token");
    assertThat(hook.checkedRequests()).isEqualTo(1);
  }

  @Test
  void letsAConformingTestPassAfterwards() {
    send("GET", "/api/v2/tailnet/-/keys?all=true", bearer(), null);

    hook.afterEach(null);

    assertThat(hook.checkedRequests()).isEqualTo(1);
  }

  @Test
  void checksTheOAuthTokenRequestAgainstRfc6749() {
    Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
    assertThat(send("POST", "/api/v2/oauth/token", form, "grant_type=password&client_id=a"))
        .anySatisfy(p -> assertThat(p).contains("grant_type"))
        .anySatisfy(p -> assertThat(p).contains("client_secret"));
  }
}
