package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.retry.Retrier;
import dev.paperclipfly.core.retry.RetryAfter;
import dev.paperclipfly.core.retry.RetryableFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over the JDK HttpClient with the retry rules a deployer needs: a 429 is always safe to repeat
 * (the server refused the call before doing anything), other failures only for idempotent calls.
 * A mutation whose answer was lost is not repeated: the next {@code apply} observes what happened.
 */
public final class JsonHttp {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One call. {@code identifier} is the app, machine or tailnet the call is about (for rate limits). */
  public record Request(
      String operation,
      String identifier,
      String method,
      String path,
      Optional<JsonNode> body,
      Optional<String> form,
      Map<String, String> headers,
      boolean idempotent,
      Duration timeout) {

    public static Request read(String operation, String identifier, String path) {
      return new Request(operation, identifier, "GET", path, Optional.empty(), Optional.empty(), Map.of(), true,
          Duration.ofSeconds(30));
    }

    public static Request write(String operation, String identifier, String method, String path, Optional<JsonNode> body) {
      return new Request(operation, identifier, method, path, body, Optional.empty(), Map.of(), false,
          Duration.ofSeconds(30));
    }

    public Request withHeader(String name, String value) {
      Map<String, String> h = new java.util.LinkedHashMap<>(headers);
      h.put(name, value);
      return new Request(operation, identifier, method, path, body, form, Map.copyOf(h), idempotent, timeout);
    }

    public Request withTimeout(Duration t) {
      return new Request(operation, identifier, method, path, body, form, headers, idempotent, t);
    }

    public Request safeToRepeat() {
      return new Request(operation, identifier, method, path, body, form, headers, true, timeout);
    }

    public static Request form(String operation, String path, String formBody) {
      return new Request(operation, "token", "POST", path, Optional.empty(), Optional.of(formBody), Map.of(), true,
          Duration.ofSeconds(30));
    }
  }

  /** A successful answer. */
  public record Response(int status, Optional<JsonNode> body) {
    public JsonNode json() {
      return body.orElseGet(JSON::createObjectNode);
    }
  }

  private final HttpClient http;
  private final URI base;
  private final Supplier<Optional<String>> authorization;
  private final Retrier retrier;
  private final Optional<RateLimiter> limiter;
  private final Consumer<String> retryNotice;

  public JsonHttp(
      HttpClient http,
      URI base,
      Supplier<Optional<String>> authorization,
      Retrier retrier,
      Optional<RateLimiter> limiter,
      Consumer<String> retryNotice) {
    this.http = http;
    this.base = URI.create(base.toString().replaceAll("/+$", ""));
    this.authorization = authorization;
    this.retrier = retrier;
    this.limiter = limiter;
    this.retryNotice = retryNotice;
  }

  /**
   * Sends the call, repeating it as the rules above allow.
   *
   * @throws ApiCallException for an error status or a connection failure left after retries
   */
  public Response send(Request r) {
    return retrier.call(Optional.empty(), attempt -> {
      if (attempt > 1) {
        retryNotice.accept(r.operation() + " (" + r.identifier() + "), attempt " + attempt);
      }
      limiter.ifPresent(l -> l.acquire(r.operation(), r.identifier()));
      return once(r);
    });
  }

  private Response once(Request r) throws RetryableFailure {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(r.timeout())
        .header("Accept", "application/json")
        .header("User-Agent", "paperclip-fly-deploy");
    authorization.get().ifPresent(a -> b.header("Authorization", a));
    r.headers().forEach(b::header);
    if (r.form().isPresent()) {
      b.header("Content-Type", "application/x-www-form-urlencoded")
          .method(r.method(), HttpRequest.BodyPublishers.ofString(r.form().get()));
    } else if (r.body().isPresent()) {
      b.header("Content-Type", "application/json")
          .method(r.method(), HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(r.body().get())));
    } else {
      b.method(r.method(), HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> resp;
    try {
      resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      // Refused before anything was sent: safe to repeat whatever the call is.
      throw new RetryableFailure(new ApiCallException(r.operation(), 0, "cannot connect to " + base.getHost(),
          Optional.empty(), e), Optional.empty());
    } catch (IOException e) {
      ApiCallException ex = new ApiCallException(r.operation(), 0, r.idempotent()
          ? "connection failed: " + e.getMessage()
          : "connection lost before the answer arrived; the change may have been applied. Run apply again: it"
              + " reads the current state and continues from there", Optional.empty(), e);
      if (r.idempotent()) {
        throw new RetryableFailure(ex, Optional.empty());
      }
      throw ex;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiCallException(r.operation(), 0, "interrupted", Optional.empty(), e);
    }
    int status = resp.statusCode();
    Optional<JsonNode> body = parse(resp.body());
    if (status < 400) {
      return new Response(status, body);
    }
    Optional<String> requestId = resp.headers().firstValue("fly-request-id");
    ApiCallException ex = new ApiCallException(r.operation(), status, vendorMessage(body, resp.body()), requestId, null);
    Optional<Duration> retryAfter = RetryAfter.parse(resp.headers().firstValue("Retry-After"), java.time.Clock.systemUTC());
    if (status == 429 || (r.idempotent() && (status >= 500 || status == 408))) {
      throw new RetryableFailure(ex, retryAfter);
    }
    throw ex;
  }

  private static Optional<JsonNode> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(text));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private static String vendorMessage(Optional<JsonNode> body, String raw) {
    if (body.isPresent()) {
      for (String field : new String[] {"error", "message"}) {
        JsonNode v = body.get().get(field);
        if (v != null && v.isString()) {
          return v.asString();
        }
      }
    }
    String s = raw == null ? "" : raw.strip();
    return s.isEmpty() ? "(no message)" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
