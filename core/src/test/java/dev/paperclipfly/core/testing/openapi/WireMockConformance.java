package dev.paperclipfly.core.testing.openapi;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks, after each test, every exchange WireMock served with an {@link OpenApiConformance}, and fails
 * the test listing every problem. Register it after the WireMock extension so it runs while the
 * server still holds the test's requests:
 *
 * <pre>{@code
 * @RegisterExtension @Order(1) static WireMockExtension wm = ...;
 * @RegisterExtension @Order(2) WireMockConformance spec = new WireMockConformance(CHECKS, wm::getAllServeEvents, "...");
 * }</pre>
 */
public final class WireMockConformance implements AfterEachCallback {
  private final OpenApiConformance conformance;
  private final Supplier<List<ServeEvent>> events;
  private final String failureTitle;
  private boolean malformedAnswersExpected;
  private int checkedRequests;

  /**
   * @param failureTitle the first line of the failure, e.g. "traffic does not match the Machines OpenAPI spec"
   */
  public WireMockConformance(OpenApiConformance conformance, Supplier<List<ServeEvent>> events, String failureTitle) {
    this.conformance = conformance;
    this.events = events;
    this.failureTitle = failureTitle;
  }

  /** This test serves deliberately broken answers; skip the answer checks for it (requests are still checked). */
  public void expectMalformedAnswers() {
    malformedAnswersExpected = true;
  }

  /** Requests checked so far by this instance, so a suite can prove the checks ran. */
  public int checkedRequests() {
    return checkedRequests;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    assertConforms();
  }

  /** Checks everything served so far and fails listing every problem; resets {@link #expectMalformedAnswers()}. */
  public void assertConforms() {
    List<String> problems;
    try {
      List<Exchange> exchanges = WireMockExchanges.of(events.get());
      if (malformedAnswersExpected) {
        exchanges = exchanges.stream().map(e -> e.withAnswerOffSpec("the test serves malformed answers")).toList();
      }
      problems = conformance.check(exchanges);
      checkedRequests += exchanges.size();
    } finally {
      malformedAnswersExpected = false;
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(failureTitle + ":\n  " + String.join("\n  ", problems));
    }
  }
}
