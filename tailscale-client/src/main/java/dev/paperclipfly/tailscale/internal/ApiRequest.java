package dev.paperclipfly.tailscale.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One API call: method, path under the base URI, query, extra headers, body and whether it may be
 * repeated.
 *
 * @param method HTTP method
 * @param path path starting with {@code /api/v2/}, segments already encoded
 * @param query query parameters in order, unencoded
 * @param headers extra headers (never {@code Authorization}; the transport adds it)
 * @param body request body and its content type
 * @param safety when the call may be repeated
 * @param authenticated false only for the OAuth token request
 */
public record ApiRequest(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    Map<String, String> headers,
    Optional<Body> body,
    RetrySafety safety,
    boolean authenticated) {

  /** A request body with its media type. */
  public record Body(String contentType, String text) {
    /** Type and size only: a body can hold a client secret (the OAuth token form). */
    @Override
    public String toString() {
      return "Body[" + contentType + ", " + text.length() + " chars]";
    }
  }

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = List.copyOf(query);
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(safety, "safety");
  }

  public static ApiRequest get(String path) {
    return new ApiRequest("GET", path, List.of(), Map.of(), Optional.empty(), RetrySafety.IDEMPOTENT, true);
  }

  public static ApiRequest delete(String path) {
    return new ApiRequest("DELETE", path, List.of(), Map.of(), Optional.empty(), RetrySafety.IDEMPOTENT, true);
  }

  /** A POST without a body. */
  public static ApiRequest post(String path, RetrySafety safety) {
    return new ApiRequest("POST", path, List.of(), Map.of(), Optional.empty(), safety, true);
  }

  /** A write with a JSON body. */
  public static ApiRequest json(String method, String path, String json, RetrySafety safety) {
    return new ApiRequest(method, path, List.of(), Map.of(),
        Optional.of(new Body("application/json", json)), safety, true);
  }

  /** A write with a body of the given media type. */
  public static ApiRequest withBody(String method, String path, String contentType, String text, RetrySafety safety) {
    return new ApiRequest(method, path, List.of(), Map.of(), Optional.of(new Body(contentType, text)), safety, true);
  }

  public ApiRequest withQuery(String name, String value) {
    List<Map.Entry<String, String>> q = new ArrayList<>(query);
    q.add(Map.entry(name, value));
    return new ApiRequest(method, path, q, headers, body, safety, authenticated);
  }

  public ApiRequest withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new ApiRequest(method, path, query, h, body, safety, authenticated);
  }

  public ApiRequest unauthenticated() {
    return new ApiRequest(method, path, query, headers, body, safety, false);
  }

  /** Path and encoded query, as sent. */
  public String pathAndQuery() {
    if (query.isEmpty()) {
      return path;
    }
    return path + "?" + query.stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Method, path and body type; never header values or the body text. */
  @Override
  public String toString() {
    return "ApiRequest[" + method + " " + path + body.map(b -> ", " + b).orElse("") + "]";
  }

  /** {@code GET /api/v2/...} without the query, for messages. */
  public String describe() {
    return method + " " + path;
  }

  /** Encodes one path segment (a device id, key id, tailnet). */
  public static String segment(String value) {
    Objects.requireNonNull(value, "path segment");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an id in the request path is blank: pass the device, key or tailnet id");
    }
    return encode(value).replace("+", "%20");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
