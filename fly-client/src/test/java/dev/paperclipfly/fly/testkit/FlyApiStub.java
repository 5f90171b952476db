package dev.paperclipfly.fly.testkit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.retry.RetryPolicy;
import dev.paperclipfly.core.testing.ManualClock;
import dev.paperclipfly.core.testing.RecordingSleeper;
import dev.paperclipfly.core.testing.openapi.OpenApiSpec;
import dev.paperclipfly.core.testing.openapi.WireMockConformance;
import dev.paperclipfly.fly.FlyClient;
import dev.paperclipfly.fly.FlyToken;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake Fly Machines API for tests: a WireMock server that the test stubs with spec-shaped JSON,
 * a {@link FlyClient} pointed at it whose retries never really sleep, and a check after each test
 * that every request the client sent (and every answer stubbed) fits the Machines OpenAPI spec.
 *
 * <pre>{@code
 * @RegisterExtension final FlyApiStub fly = new FlyApiStub();
 * }</pre>
 */
public final class FlyApiStub implements BeforeEachCallback, AfterEachCallback {
  /** The token the fake client sends: a macaroon, so it goes out as {@code FlyV1}. */
  public static final String TOKEN = "fm2_fake-token-7f3a9c";

  private final WireMockConformance conformance;
  private WireMockServer server;
  private ManualClock clock;
  private RecordingSleeper sleeper;

  /** Checks traffic against this project's copy of the Machines OpenAPI spec. */
  public FlyApiStub() {
    this(spec());
  }

  /**
   * Checks traffic against the given spec (for use outside this project: load your copy of the spec
   * with {@link MachinesApiSpec#SECRETS_NULL_DELETES} and strict objects).
   */
  public FlyApiStub(OpenApiSpec spec) {
    this.conformance = new WireMockConformance(MachinesApiSpec.conformance(spec), () -> server.getAllServeEvents(),
        "traffic does not match the Machines OpenAPI spec");
  }

  /** This project's copy of the Machines OpenAPI spec, strict and corrected. */
  public static OpenApiSpec spec() {
    return MachinesApiSpec.projectCopy();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    sleeper = new RecordingSleeper(clock);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      conformance.afterEach(context);
    } finally {
      server.stop();
    }
  }

  public WireMockServer server() {
    return server;
  }

  public StubMapping stub(MappingBuilder mapping) {
    return server.stubFor(mapping);
  }

  public List<ServeEvent> served() {
    return server.getAllServeEvents();
  }

  public URI baseUri() {
    return URI.create(server.baseUrl());
  }

  public ManualClock clock() {
    return clock;
  }

  public RecordingSleeper sleeper() {
    return sleeper;
  }

  /** Default retries (4 attempts) on the manual clock and recording sleeper, with jitter fixed at 1. */
  public RetryPolicy retryPolicy() {
    return RetryPolicy.builder().clock(clock).sleeper(sleeper).random(() -> 1.0).build();
  }

  /** A client builder aimed at this fake; adjust and build. */
  public FlyClient.Builder clientBuilder() {
    return FlyClient.builder()
        .token(FlyToken.of(Secret.of(TOKEN)))
        .baseUri(baseUri())
        .retryPolicy(retryPolicy())
        .requestTimeout(Duration.ofSeconds(5));
  }

  public FlyClient client() {
    return clientBuilder().build();
  }
}
