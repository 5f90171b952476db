package dev.paperclipfly.fly.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to the Machines API: method, path under {@code /v1}, query, extra headers, JSON body and
 * whether repeating it is safe. Internal.
 */
public final class ApiRequest {

  /** Whether the transport may send the request again after an unclear failure. */
  public enum Repeat {
    /**
     * Repeating cannot change the outcome (reads, deletes, puts of absolute values, state changes
     * such as start/stop): retried after 408, 429, 5xx, resets and timeouts.
     */
    SAFE,
    /**
     * Repeating could do the work twice (creating a Machine, volume or IP, running a command).
     * Retried only when the server certainly did not act: a 429 (the request was refused before any
     * work) or a connection that never opened. Anything else reaches the caller, who can look before
     * trying again.
     */
    ONLY_IF_NOT_RECEIVED
  }

  private final String method;
  private final String path;
  private final Map<String, String> query;
  private final Map<String, String> headers;
  private final Optional<Object> body;
  private final Repeat repeat;
  private final Optional<Duration> timeout;
  private final boolean notFoundAfterRetryMeansDone;
  private final boolean longPoll;

  private ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
      Optional<Object> body, Repeat repeat, Optional<Duration> timeout, boolean notFoundAfterRetryMeansDone) {
    this(method, path, query, headers, body, repeat, timeout, notFoundAfterRetryMeansDone, false);
  }

  private ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
      Optional<Object> body, Repeat repeat, Optional<Duration> timeout, boolean notFoundAfterRetryMeansDone,
      boolean longPoll) {
    this.longPoll = longPoll;
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.repeat = repeat;
    this.timeout = timeout;
    this.notFoundAfterRetryMeansDone = notFoundAfterRetryMeansDone;
  }

  public static ApiRequest get(String... segments) {
    return new ApiRequest("GET", path(segments), Map.of(), Map.of(), Optional.empty(), Repeat.SAFE, Optional.empty(),
        false);
  }

  /** A POST; the caller states whether it is safe to repeat. */
  public static ApiRequest post(Repeat repeat, String... segments) {
    return new ApiRequest("POST", path(segments), Map.of(), Map.of(), Optional.empty(), repeat, Optional.empty(),
        false);
  }

  /** A PUT of absolute values: safe to repeat. */
  public static ApiRequest put(String... segments) {
    return new ApiRequest("PUT", path(segments), Map.of(), Map.of(), Optional.empty(), Repeat.SAFE, Optional.empty(),
        false);
  }

  /** A DELETE: safe to repeat; a 404 after a repeat means an earlier attempt already deleted it. */
  public static ApiRequest delete(String... segments) {
    return new ApiRequest("DELETE", path(segments), Map.of(), Map.of(), Optional.empty(), Repeat.SAFE,
        Optional.empty(), true);
  }

  /** {@code /v1/} followed by the percent-encoded segments. */
  static String path(String... segments) {
    StringBuilder sb = new StringBuilder("/v1");
    for (String s : segments) {
      Objects.requireNonNull(s, "path segment");
      if (s.isBlank()) {
        throw new IllegalArgumentException("an app name, Machine ID or other path value is blank: pass a value");
      }
      // ':' is legal in a path segment and keeps IPv6 addresses readable in URLs and logs.
      sb.append('/').append(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":"));
    }
    return sb.toString();
  }

  /** Adds a query parameter; an empty value leaves it out. */
  public ApiRequest query(String name, Optional<?> value) {
    if (value.isEmpty()) {
      return this;
    }
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put(name, String.valueOf(value.get()));
    return new ApiRequest(method, path, Collections.unmodifiableMap(q), headers, body, repeat, timeout,
        notFoundAfterRetryMeansDone, longPoll);
  }

  /** Adds a header; an empty value leaves it out. */
  public ApiRequest header(String name, Optional<String> value) {
    if (value.isEmpty()) {
      return this;
    }
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value.get());
    return new ApiRequest(method, path, query, Collections.unmodifiableMap(h), body, repeat, timeout,
        notFoundAfterRetryMeansDone, longPoll);
  }

  public ApiRequest body(Object jsonBody) {
    return new ApiRequest(method, path, query, headers, Optional.of(jsonBody), repeat, timeout,
        notFoundAfterRetryMeansDone, longPoll);
  }

  /** A per-attempt timeout for this call instead of the client's. */
  public ApiRequest timeout(Duration perAttempt) {
    return new ApiRequest(method, path, query, headers, body, repeat, Optional.of(perAttempt),
        notFoundAfterRetryMeansDone, longPoll);
  }

  /** A long poll: its 408 ("not yet") goes straight to the caller, who decides whether to poll again. */
  public ApiRequest longPoll() {
    return new ApiRequest(method, path, query, headers, body, repeat, timeout, notFoundAfterRetryMeansDone, true);
  }

  public boolean isLongPoll() {
    return longPoll;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public Map<String, String> query() {
    return query;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Optional<Object> body() {
    return body;
  }

  public Repeat repeat() {
    return repeat;
  }

  public Optional<Duration> timeout() {
    return timeout;
  }

  public boolean notFoundAfterRetryMeansDone() {
    return notFoundAfterRetryMeansDone;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
