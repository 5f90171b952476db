package dev.paperclipfly.fly.internal;

import dev.paperclipfly.core.retry.Retrier;
import dev.paperclipfly.core.retry.RetryAfter;
import dev.paperclipfly.core.retry.RetryPolicy;
import dev.paperclipfly.core.retry.RetryableFailure;
import dev.paperclipfly.fly.FlyApiException;
import dev.paperclipfly.fly.FlyConnectionException;
import dev.paperclipfly.fly.FlyToken;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@link ApiRequest}s: adds auth and User-Agent, applies per-attempt and total timeouts, retries
 * what is safe to retry through {@link Retrier}, and turns error answers into typed exceptions.
 * Internal.
 */
public final class ApiTransport {
  private static final System.Logger LOG = System.getLogger("dev.paperclipfly.fly");
  private static final Duration MIN_ATTEMPT_TIMEOUT = Duration.ofMillis(1);

  private final HttpClient http;
  private final URI baseUri;
  private final FlyToken token;
  private final String userAgent;
  private final Retrier retrier;
  private final Duration requestTimeout;
  private final Duration callTimeout;
  private final JsonMapper json;

  public ApiTransport(HttpClient http, URI baseUri, FlyToken token, String userAgent, RetryPolicy retryPolicy,
      Duration requestTimeout, Duration callTimeout) {
    this.http = http;
    this.baseUri = baseUri;
    this.token = token;
    this.userAgent = userAgent;
    this.retrier = new Retrier(retryPolicy);
    this.requestTimeout = requestTimeout;
    this.callTimeout = callTimeout;
    this.json = FlyJson.mapper();
  }

  public JsonMapper json() {
    return json;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** The clock of the retry policy; waits and deadlines are measured with it. */
  public Instant now() {
    return retrier.policy().clock().instant();
  }

  /** Sends the request and reads a JSON answer into {@code type}. */
  public <T> T json(ApiRequest request, Class<T> type) {
    return read(request, json.constructType(type));
  }

  /** Sends the request and reads a JSON array answer. */
  public <T> java.util.List<T> jsonList(ApiRequest request, Class<T> elementType) {
    return read(request, json.getTypeFactory().constructCollectionType(java.util.List.class, elementType));
  }

  /** Sends the request and returns the answer as a JSON tree (for answers the spec shapes loosely). */
  public JsonNode tree(ApiRequest request) {
    return read(request, json.constructType(JsonNode.class));
  }

  /** Sends the request and ignores the answer's body. */
  public void send(ApiRequest request) {
    exchange(request);
  }

  /** Reads a JSON tree the caller already holds into a type, reporting a mismatch as a malformed answer. */
  public <T> T convert(ApiRequest request, JsonNode node, Class<T> type) {
    try {
      return json.treeToValue(node, type);
    } catch (JacksonException e) {
      throw malformed(request, 200, Optional.empty(), e);
    }
  }

  private <T> T read(ApiRequest request, JavaType type) {
    Answer answer = exchange(request);
    try {
      return json.readValue(answer.body(), type);
    } catch (JacksonException e) {
      throw malformed(request, answer.status(), answer.requestId(), e);
    }
  }

  private FlyApiException.MalformedResponse malformed(ApiRequest request, int status, Optional<String> requestId,
      JacksonException e) {
    // The parser's own message can quote the body, which may hold secret values: keep it as the cause only.
    String where = e.getLocation() == null ? "" : " near line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr();
    return new FlyApiException.MalformedResponse(request + " answered HTTP " + status
        + " with a body that is not the JSON the API documents" + where
        + requestId.map(id -> " [fly-request-id " + id + "]").orElse(""), status, requestId, e);
  }

  private record Answer(int status, byte[] body, Optional<String> requestId) {}

  private Answer exchange(ApiRequest request) {
    Instant deadline = now().plus(callTimeout);
    byte[] body = request.body().map(json::writeValueAsBytes).orElse(null);
    return retrier.call(Optional.of(deadline), attempt -> attempt(request, body, deadline, attempt));
  }

  private Answer attempt(ApiRequest request, byte[] body, Instant deadline, int attempt) throws RetryableFailure {
    Duration perAttempt = request.timeout().orElse(requestTimeout);
    Duration remaining = Duration.between(now(), deadline);
    if (remaining.compareTo(perAttempt) < 0) {
      perAttempt = remaining.compareTo(MIN_ATTEMPT_TIMEOUT) < 0 ? MIN_ATTEMPT_TIMEOUT : remaining;
    }
    HttpRequest httpRequest = build(request, body, perAttempt);
    HttpResponse<byte[]> response;
    try {
      response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      // The connection never opened: the server did nothing, so any call may be sent again.
      throw new RetryableFailure(connectionFailure(request, false, e instanceof HttpConnectTimeoutException, e),
          Optional.empty());
    } catch (HttpTimeoutException e) {
      throw unclear(request, connectionFailure(request, true, true, e), Optional.empty());
    } catch (IOException e) {
      throw unclear(request, connectionFailure(request, true, false, e), Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FlyConnectionException(request + " was interrupted", true, false, e);
    }
    int status = response.statusCode();
    Optional<String> requestId = response.headers().firstValue("fly-request-id");
    LOG.log(Level.DEBUG, () -> request + " -> HTTP " + status + " (attempt " + attempt
        + requestId.map(id -> ", fly-request-id " + id).orElse("") + ")");
    if (status >= 200 && status < 300) {
      return new Answer(status, response.body(), requestId);
    }
    if (status == 404 && attempt > 1 && request.notFoundAfterRetryMeansDone()) {
      // An earlier attempt deleted it and its answer was lost on the way back.
      return new Answer(204, new byte[0], requestId);
    }
    Optional<Duration> retryAfter =
        RetryAfter.parse(response.headers().firstValue("Retry-After"), retrier.policy().clock());
    FlyApiException error = ApiErrors.from(request, status, response.body(), requestId, retryAfter, json,
        this::scrub);
    if (status == 429) {
      // Rate limiting refuses the request before any work is done, so even a create may be repeated.
      throw new RetryableFailure(error, retryAfter);
    }
    if (status == 408 && request.isLongPoll()) {
      throw error;
    }
    if (status == 408 || status >= 500) {
      throw unclear(request, error, retryAfter);
    }
    throw error;
  }

  /** A failure after which the server may or may not have acted: retried only for repeatable calls. */
  private static RuntimeException unclear(ApiRequest request, RuntimeException failure,
      Optional<Duration> retryAfter) throws RetryableFailure {
    if (request.repeat() == ApiRequest.Repeat.SAFE) {
      throw new RetryableFailure(failure, retryAfter);
    }
    return failure;
  }

  private FlyConnectionException connectionFailure(ApiRequest request, boolean sent, boolean timedOut,
      Exception cause) {
    String what = timedOut ? "timed out" : sent ? "lost its connection" : "could not connect";
    return new FlyConnectionException(request + " " + what + " (" + baseUri.getHost() + "): "
        + scrub(String.valueOf(cause.getMessage())), sent, timedOut, cause);
  }

  private HttpRequest build(ApiRequest request, byte[] body, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(request))
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("User-Agent", userAgent)
        // The only place the token leaves its Secret: the header of the request that carries it.
        .header("Authorization", token.scheme().headerWord() + " " + token.secret().reveal());
    request.headers().forEach(b::header);
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  private URI uri(ApiRequest request) {
    String base = baseUri.toString().replaceAll("/+$", "");
    String query = request.query().isEmpty() ? "" : "?" + request.query().entrySet().stream()
        .map(ApiTransport::queryPair)
        .collect(Collectors.joining("&"));
    return URI.create(base + request.path() + query);
  }

  private static String queryPair(Map.Entry<String, String> e) {
    return URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8);
  }

  /** Removes the token from text that came from elsewhere (a server message) before it is shown. */
  private String scrub(String text) {
    String value = token.secret().reveal();
    return text.replace(value, "****");
  }

  @Override
  public String toString() {
    return "ApiTransport{baseUri=" + baseUri + ", token=" + token + "}";
  }
}
