package dev.paperclipfly.testkit;

import dev.paperclipfly.testkit.internal.FakeHttpServer;
import dev.paperclipfly.testkit.internal.FlyBackend;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stateful fake of the Fly Machines API (the part a deployer uses: apps, IP assignments, volumes,
 * secrets, machines with create/update/start/wait/exec and leases), served on 127.0.0.1 by the JDK's
 * HTTP server and answering with the JSON shapes, status codes and {@code {"error", "status"}}
 * error bodies of Fly's published OpenAPI spec.
 *
 * <pre>{@code
 * try (FakeFly fly = FakeFly.start()) {
 *   client = FlyClient.builder().baseUri(fly.baseUri()).token(...).build();
 *   ... run the code under test ...
 *   assertThat(fly.requests().count(OperationKind.MUTATION)).isZero();
 * }
 * }</pre>
 *
 * <p>Every request needs an {@code Authorization} header (any value); paths work with or without the
 * {@code /v1} prefix. Created machines answer {@code "created"} and are {@code "started"} after
 * {@link #bootTime(Duration)} (zero by default).
 */
public final class FakeFly implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FakeHttpServer server;
  private final FlyBackend backend;
  private final FakeFlyState state;

  private FakeFly(Clock clock) {
    this.backend = new FlyBackend(clock, 42);
    this.server = new FakeHttpServer(List.of("/v1"), FakeFly::errorBody, clock);
    backend.register(server);
    this.state = new FakeFlyState(backend);
  }

  /** Starts a fake on an ephemeral port of 127.0.0.1. */
  public static FakeFly start() {
    FakeFly fly = new FakeFly(Clock.systemUTC());
    fly.server.start();
    return fly;
  }

  /** The base URI, like {@code https://api.machines.dev/v1}: {@code http://127.0.0.1:<port>/v1}. */
  public URI baseUri() {
    return server.baseUri();
  }

  /** The fake's apps, volumes, secrets, IPs and machines: inspect them, or seed them before a test. */
  public FakeFlyState state() {
    return state;
  }

  /** Every request answered so far. */
  public RequestLog requests() {
    return server.log();
  }

  /** Adds this delay to every call (e.g. 50 ms to measure how a client behaves on a real network). */
  public FakeFly latency(Duration perCall) {
    server.latency(Objects.requireNonNull(perCall, "perCall"));
    return this;
  }

  /** How long a machine takes from created (or starting) to started. */
  public FakeFly bootTime(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("bootTime must not be negative, was " + d);
    }
    backend.bootTime(d);
    return this;
  }

  /**
   * The next {@code times} calls of {@code operation} (the spec's operationId, e.g.
   * {@code Machines_create}) fail with {@code fault}.
   *
   * @throws IllegalArgumentException naming the known operations when {@code operation} is unknown
   */
  public FakeFly failNext(String operation, int times, Fault fault) {
    server.failNext(operation, times, Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /** Disarms every fault not yet used. */
  public FakeFly clearFaults() {
    server.clearFaults();
    return this;
  }

  /**
   * Answers {@code exec} commands; when the handler returns empty, the built-in Paperclip guest
   * answers (see {@link #paperclip(String)}).
   */
  public FakeFly onExec(ExecHandler handler) {
    backend.execHandler(Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** The Paperclip instance simulated inside an app's machines. */
  public FakePaperclip paperclip(String app) {
    return backend.guest(app);
  }

  @Override
  public void close() {
    server.close();
  }

  private static ObjectNode errorBody(int status, String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", message);
    o.put("status", "unknown");
    return o;
  }
}
