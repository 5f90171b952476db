package dev.paperclipfly.testkit;

import dev.paperclipfly.testkit.internal.FakeHttpServer;
import dev.paperclipfly.testkit.internal.TailnetBackend;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stateful fake of the Tailscale API v2 (auth keys, devices, tailnet settings, DNS preferences),
 * served on 127.0.0.1 by the JDK's HTTP server with the JSON shapes and {@code {"message"}} error
 * bodies of Tailscale's published OpenAPI spec. Any tailnet name in the path (usually {@code -})
 * means the one fake tailnet. Paths work with or without the {@code /api/v2} prefix.
 *
 * <p>A new fake tailnet has HTTPS certificates and MagicDNS off, no keys, and one device
 * ({@code laptop.tailfe8c.ts.net}) from which the MagicDNS suffix can be read.
 */
public final class FakeTailscale implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FakeHttpServer server;
  private final TailnetBackend backend;
  private final FakeTailnetState state;

  private FakeTailscale(Clock clock) {
    this.backend = new TailnetBackend(clock, 7);
    this.server = new FakeHttpServer(List.of("/api/v2"), FakeTailscale::errorBody, clock);
    backend.register(server);
    backend.addDevice("laptop", List.of());
    this.state = new FakeTailnetState(backend);
  }

  /** Starts a fake on an ephemeral port of 127.0.0.1. */
  public static FakeTailscale start() {
    FakeTailscale ts = new FakeTailscale(Clock.systemUTC());
    ts.server.start();
    return ts;
  }

  /** The base URI, like {@code https://api.tailscale.com/api/v2}: {@code http://127.0.0.1:<port>/api/v2}. */
  public URI baseUri() {
    return server.baseUri();
  }

  public FakeTailnetState state() {
    return state;
  }

  public RequestLog requests() {
    return server.log();
  }

  public FakeTailscale latency(Duration perCall) {
    server.latency(Objects.requireNonNull(perCall, "perCall"));
    return this;
  }

  /** The next {@code times} calls of {@code operation} (spec operationId, e.g. {@code createKey}) fail. */
  public FakeTailscale failNext(String operation, int times, Fault fault) {
    server.failNext(operation, times, Objects.requireNonNull(fault, "fault"));
    return this;
  }

  public FakeTailscale clearFaults() {
    server.clearFaults();
    return this;
  }

  @Override
  public void close() {
    server.close();
  }

  private static ObjectNode errorBody(int status, String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("message", message);
    return o;
  }
}
