package dev.paperclipfly.core.testing.openapi;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One recorded request and, when one was sent, the answer it got: what {@link OpenApiConformance}
 * checks. Header names are matched ignoring case.
 *
 * @param method upper-case HTTP method
 * @param url path and query as sent, e.g. {@code /v1/apps?org_slug=personal}
 * @param headers request headers (first value of each)
 * @param body request body text, empty when none was sent
 * @param matched whether a stub answered the request (an unmatched request means the test set-up and the
 *     client disagree)
 * @param answer the answer, absent when none was sent (a simulated network fault)
 */
public record Exchange(String method, String url, Map<String, String> headers, String body, boolean matched,
    Optional<Answer> answer) {

  public Exchange {
    headers = caseInsensitive(headers);
  }

  /** A request header by name, ignoring case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** The raw path of the URL, without the query. */
  public String path() {
    return URI.create(url).getRawPath();
  }

  /** Query parameters by decoded name, each with its decoded values in order. */
  public Map<String, List<String>> query() {
    return urlEncoded(URI.create(url).getRawQuery());
  }

  /** The body read as an HTML form ({@code application/x-www-form-urlencoded}), by decoded name. */
  public Map<String, List<String>> form() {
    return urlEncoded(body);
  }

  /** The request's media type: the Content-Type without parameters, lower case; empty when not sent. */
  public String mediaType() {
    return mediaType(headers.get("Content-Type"));
  }

  /** The same exchange with its answer exempt from the response checks, for the given reason. */
  public Exchange withAnswerOffSpec(String reason) {
    return new Exchange(method, url, headers, body, matched, answer.map(a -> a.offSpec(reason)));
  }

  /**
   * A stubbed answer.
   *
   * @param status HTTP status
   * @param headers answer headers (first value of each)
   * @param body answer body text, empty when none
   * @param offSpecReason why this answer deliberately departs from the spec; when present it is not checked
   * @param validatedMember check only this top-level member of the JSON answer (for answers the vendor wraps
   *     in an envelope the spec leaves out)
   */
  public record Answer(int status, Map<String, String> headers, String body, Optional<String> offSpecReason,
      Optional<String> validatedMember) {

    public Answer {
      headers = caseInsensitive(headers);
    }

    /** An answer checked whole against the spec. */
    public static Answer of(int status, Map<String, String> headers, String body) {
      return new Answer(status, headers, body, Optional.empty(), Optional.empty());
    }

    /** The answer's media type; {@code application/json} when it names none. */
    public String mediaType() {
      String type = Exchange.mediaType(headers.get("Content-Type"));
      return type.isEmpty() ? "application/json" : type;
    }

    Answer offSpec(String reason) {
      return new Answer(status, headers, body, Optional.of(reason), validatedMember);
    }
  }

  private static Map<String, List<String>> urlEncoded(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&")) {
      String[] kv = pair.split("=", 2);
      out.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return out;
  }

  static String mediaType(String header) {
    return header == null ? "" : header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> caseInsensitive(Map<String, String> headers) {
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    return Collections.unmodifiableMap(copy);
  }
}
