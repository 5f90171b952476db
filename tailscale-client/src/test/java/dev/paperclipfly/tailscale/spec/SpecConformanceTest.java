package dev.paperclipfly.tailscale.spec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.paperclipfly.core.testing.openapi.OpenApiConformance;
import dev.paperclipfly.core.testing.openapi.WireMockConformance;
import dev.paperclipfly.core.testing.openapi.WireMockExchanges;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  private final WireMockConformance hook = new WireMockConformance(CHECKS, wm::getAllServeEvents,
      "requests or fixtures do not conform to the OpenAPI document");
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private List<String> send(String method, String pathAndQuery, Map<String, String> headers, String body) {
    wm.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(wm.baseUrl() + pathAndQuery))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    try {
      http.send(b.build(), HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    List<ServeEvent> events = wm.getAllServeEvents();
    assertThat(events).hasSize(1);
    return CHECKS.check(WireMockExchanges.of(events.get(0)));
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
