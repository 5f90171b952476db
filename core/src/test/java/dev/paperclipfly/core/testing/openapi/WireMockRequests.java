package dev.paperclipfly.core.testing.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Sends real HTTP requests to a WireMock server, for tests of the checks themselves: one request in,
 * the {@link Exchange} WireMock recorded out.
 */
public final class WireMockRequests {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private WireMockRequests() {}

  /**
   * Sends a request and returns its exchange, failing unless it is the only one recorded. Stubs the test
   * added answer it; anything else gets an empty 200 (a stub at the lowest priority), so that the checks,
   * not the set-up, decide.
   */
  public static Exchange send(WireMockExtension wm, String method, String pathAndQuery, Map<String, String> headers,
      String body) {
    wm.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)));
    sendUnstubbed(wm, method, pathAndQuery, headers, body);
    List<ServeEvent> events = wm.getAllServeEvents();
    assertThat(events).hasSize(1);
    return WireMockExchanges.of(events.get(0));
  }

  /** Sends a request without adding the catch-all stub. */
  public static void sendUnstubbed(WireMockExtension wm, String method, String pathAndQuery, Map<String, String> headers,
      String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(wm.baseUrl() + pathAndQuery))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    try {
      HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
