package dev.paperclipfly.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paperclipfly.testkit.Fault;
import dev.paperclipfly.testkit.OperationKind;
import dev.paperclipfly.testkit.RecordedRequest;
import dev.paperclipfly.testkit.RequestLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON API server on the JDK's {@link HttpServer}: a route table keyed by method and path
 * template, per-call latency, armed faults per operation and a request log. Each fake (Fly,
 * Tailscale) supplies its routes and its vendor's error body shape.
 */
public final class FakeHttpServer implements AutoCloseable {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    // The JDK server writes headers and body apart; with Nagle on, loopback calls stall on delayed ACKs
    // (about 40 ms each), which would swamp any latency a test injects. Read once, when the server
    // class first loads; a value the user set wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Builds the vendor's error body for a status and message. */
  @FunctionalInterface
  public interface ErrorBody {
    JsonNode of(int status, String message);
  }

  /** Answers one routed call. */
  @FunctionalInterface
  public interface Handler {
    Reply handle(Call call);
  }

  /** A routed request. */
  public record Call(
      String method,
      Map<String, String> pathParams,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      Optional<JsonNode> body,
      Map<String, List<String>> form) {

    public String param(String name) {
      return pathParams.get(name);
    }

    public Optional<String> queryParam(String name) {
      List<String> v = query.get(name);
      return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    public List<String> queryParams(String name) {
      return query.getOrDefault(name, List.of());
    }

    /** First value of a header, case-insensitive. */
    public Optional<String> header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return Optional.of(e.getValue().get(0));
        }
      }
      return Optional.empty();
    }

    /** The JSON body, or an empty object when there is none. */
    public JsonNode json() {
      return body.orElseGet(JSON::createObjectNode);
    }
  }

  /** A response: status, optional JSON body, extra headers. */
  public record Reply(int status, Optional<JsonNode> body, Map<String, String> headers) {
    public static Reply json(int status, JsonNode body) {
      return new Reply(status, Optional.of(body), Map.of());
    }

    public static Reply empty(int status) {
      return new Reply(status, Optional.empty(), Map.of());
    }
  }

  /** Thrown by handlers to answer with the vendor's error body. */
  public static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    public ApiError(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private record Route(
      String method, Pattern pattern, List<String> names, String operation, OperationKind kind, boolean authenticated,
      Handler handler) {}

  private final List<Route> routes = new ArrayList<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final RequestLog log = new RequestLog();
  private final List<String> basePrefixes;
  private final ErrorBody errorBody;
  private final Clock clock;
  private volatile Duration latency = Duration.ZERO;
  private HttpServer server;
  private ExecutorService executor;

  /**
   * @param basePrefixes path prefixes the vendor's base URL carries (e.g. {@code /v1}); requests are
   *     accepted with or without them, so clients that add the prefix themselves work too
   */
  public FakeHttpServer(List<String> basePrefixes, ErrorBody errorBody, Clock clock) {
    this.basePrefixes = List.copyOf(basePrefixes);
    this.errorBody = errorBody;
    this.clock = clock;
  }

  /** Registers a route; {@code template} uses {@code {name}} segments as the specs do. */
  public void route(String method, String template, String operation, OperationKind kind, Handler handler) {
    addRoute(method, template, operation, kind, true, handler);
  }

  /** Registers a route that needs no {@code Authorization} header (e.g. an OAuth token endpoint). */
  public void publicRoute(String method, String template, String operation, OperationKind kind, Handler handler) {
    addRoute(method, template, operation, kind, false, handler);
  }

  private void addRoute(
      String method, String template, String operation, OperationKind kind, boolean authenticated, Handler handler) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    StringBuilder re = new StringBuilder();
    int last = 0;
    while (m.find()) {
      re.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    re.append(Pattern.quote(template.substring(last)));
    routes.add(new Route(method, Pattern.compile(re.toString()), names, operation, kind, authenticated, handler));
  }

  /** Starts listening on 127.0.0.1 on an ephemeral port. */
  public void start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the fake's port on 127.0.0.1", e);
    }
    AtomicInteger n = new AtomicInteger();
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-api-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>} plus the first base prefix. */
  public URI baseUri() {
    String prefix = basePrefixes.isEmpty() ? "" : basePrefixes.get(0);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
  }

  public RequestLog log() {
    return log;
  }

  public void latency(Duration perCall) {
    if (perCall.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + perCall);
    }
    this.latency = perCall;
  }

  /** Arms {@code times} faults for the next calls of an operation. */
  public synchronized void failNext(String operation, int times, Fault fault) {
    if (routes.stream().noneMatch(r -> r.operation.equals(operation))) {
      throw new IllegalArgumentException("unknown operation " + operation + "; known: "
          + routes.stream().map(Route::operation).distinct().sorted().toList());
    }
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    Deque<Fault> q = faults.computeIfAbsent(operation, k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      q.add(fault);
    }
  }

  /** Disarms every pending fault. */
  public synchronized void clearFaults() {
    faults.clear();
  }

  private synchronized Optional<Fault> nextFault(String operation) {
    Deque<Fault> q = faults.get(operation);
    return q == null || q.isEmpty() ? Optional.empty() : Optional.of(q.poll());
  }

  private void serve(HttpExchange ex) {
    try {
      String rawPath = ex.getRequestURI().getRawPath();
      String path = stripPrefix(rawPath);
      String method = ex.getRequestMethod();
      String bodyText = readBody(ex.getRequestBody());
      String query = Optional.ofNullable(ex.getRequestURI().getRawQuery()).orElse("");
      sleepLatency();
      for (Route r : routes) {
        Matcher m = r.pattern.matcher(path);
        if (r.method.equals(method) && m.matches()) {
          Map<String, String> params = new LinkedHashMap<>();
          for (int i = 0; i < r.names.size(); i++) {
            params.put(r.names.get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
          }
          // Logged before the answer leaves, so a caller that has its answer always finds it in the log.
          Map<String, String> requestHeaders = firstValues(ex.getRequestHeaders());
          Recorder record = (status, answerHeaders, answerBody) -> log.add(new RecordedRequest(method, rawPath, query,
              r.operation, r.kind, status, bodyText, clock.instant(), requestHeaders, answerHeaders, answerBody));
          int status = dispatch(ex, r, params, query, bodyText, record);
          if (status == 0) {
            // Leaving the handler with an exception makes the JDK server close the socket mid-body.
            throw new ConnectionDropped();
          }
          ex.close();
          return;
        }
      }
      send(ex, 404, Optional.of(errorBody.of(404, "no route for " + method + " " + rawPath)), Map.of());
      ex.close();
    } catch (IOException e) {
      // The client went away; nothing to answer.
      ex.close();
    }
  }

  /** Thrown out of the handler on purpose so that the server drops the connection. */
  private static final class ConnectionDropped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConnectionDropped() {
      super("connection dropped by an armed fault", null, false, false);
    }
  }

  private int dispatch(
      HttpExchange ex, Route r, Map<String, String> params, String query, String bodyText, Recorder record)
      throws IOException {
    Optional<Fault> fault = nextFault(r.operation);
    if (fault.isPresent() && fault.get().kind() != Fault.Kind.CONNECTION_LOST_AFTER_APPLYING) {
      return sendFault(ex, fault.get(), record);
    }
    if (r.authenticated && ex.getRequestHeaders().getFirst("Authorization") == null) {
      return send(ex, 401, Optional.of(errorBody.of(401, "missing Authorization header")), Map.of(), record);
    }
    Reply reply;
    try {
      boolean form = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type"))
          .orElse("").startsWith("application/x-www-form-urlencoded");
      Optional<JsonNode> body = bodyText.isBlank() || form ? Optional.empty() : Optional.of(JSON.readTree(bodyText));
      Map<String, List<String>> formFields = form ? parseQuery(bodyText) : Map.of();
      reply = r.handler.handle(new Call(ex.getRequestMethod(), params, parseQuery(query), ex.getRequestHeaders(), body,
          formFields));
    } catch (JacksonException e) {
      reply = Reply.json(400, errorBody.of(400, "request body is not valid JSON"));
    } catch (ApiError e) {
      reply = Reply.json(e.status, errorBody.of(e.status, e.getMessage()));
    }
    if (fault.isPresent()) {
      // Applied; now break the connection mid-response: start a chunked body, send half of it.
      byte[] bytes = reply.body().map(JsonNode::toString).orElse("{}").getBytes(StandardCharsets.UTF_8);
      record.answered(0, Map.of(), "");
      ex.sendResponseHeaders(reply.status(), 0);
      OutputStream out = ex.getResponseBody();
      out.write(bytes, 0, bytes.length / 2);
      out.flush();
      return 0;
    }
    return send(ex, reply.status(), reply.body(), reply.headers(), record);
  }

  private int sendFault(HttpExchange ex, Fault fault, Recorder record) throws IOException {
    if (fault.kind() == Fault.Kind.RATE_LIMITED) {
      String seconds = Long.toString(fault.retryAfter().orElse(Duration.ZERO).toSeconds());
      return send(ex, 429, Optional.of(errorBody.of(429, "too many requests")), Map.of("Retry-After", seconds), record);
    }
    return send(ex, 500, Optional.of(errorBody.of(500, "internal server error")), Map.of(), record);
  }

  /** Records an answer just before it is sent. */
  @FunctionalInterface
  private interface Recorder {
    void answered(int status, Map<String, String> headers, String body);
  }

  private static int send(HttpExchange ex, int status, Optional<JsonNode> body, Map<String, String> headers)
      throws IOException {
    return send(ex, status, body, headers, (s, h, b) -> { });
  }

  private static int send(
      HttpExchange ex, int status, Optional<JsonNode> body, Map<String, String> headers, Recorder record)
      throws IOException {
    headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.getResponseHeaders().add("fly-request-id", "fake-" + Long.toHexString(System.nanoTime()));
    if (body.isEmpty()) {
      record.answered(status, firstValues(ex.getResponseHeaders()), "");
      ex.sendResponseHeaders(status, -1);
      return status;
    }
    byte[] bytes = JSON.writeValueAsBytes(body.get());
    ex.getResponseHeaders().add("Content-Type", "application/json");
    record.answered(status, firstValues(ex.getResponseHeaders()), new String(bytes, StandardCharsets.UTF_8));
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
    return status;
  }

  private static Map<String, String> firstValues(Map<String, List<String>> headers) {
    Map<String, String> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> {
      if (!v.isEmpty()) {
        out.put(k, v.get(0));
      }
    });
    return out;
  }

  private void sleepLatency() {
    Duration d = latency;
    if (!d.isZero()) {
      try {
        Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private String stripPrefix(String rawPath) {
    for (String p : basePrefixes) {
      if (rawPath.startsWith(p + "/")) {
        return rawPath.substring(p.length());
      }
    }
    return rawPath;
  }

  private static String readBody(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      for (String part : v.split(",")) {
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(part);
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
