package dev.paperclipfly.tailscale.spec;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * Checks, after each test, every request the client sent to WireMock against an OpenAPI document, and
 * every stubbed answer against the operation's response schema, so both the client and the fixtures
 * stay shaped by the vendor's spec. Register it next to a {@code WireMockExtension}:
 *
 * <pre>{@code
 * @RegisterExtension @Order(1) static WireMockExtension wm = ...;
 * @RegisterExtension @Order(2) SpecConformance spec = new SpecConformance(SPEC, wm::getAllServeEvents);
 * }</pre>
 *
 * <p>Checked per request: a stub matched it; the path template and method exist; a bearer token is
 * sent (the document's global security); required query and header parameters are present and no
 * undeclared query parameter is sent; the body's media type is declared and a JSON body validates
 * against the request schema. Per answer: a JSON body validates against the schema declared for its
 * status (or, for a status the operation does not list, the shared {@code components/responses} one).
 *
 * <p>The OAuth token endpoint is not in Tailscale's document; it is checked against RFC 6749 (form
 * body with {@code grant_type=client_credentials}, {@code client_id}, {@code client_secret}; JSON
 * answer with {@code access_token}).
 */
public final class SpecConformance implements AfterEachCallback {
  private static final String OAUTH_TOKEN_PATH = "/api/v2/oauth/token";

  private final OpenApiSpec spec;
  private final Supplier<List<ServeEvent>> events;
  private boolean malformedAnswersExpected;
  private int checkedRequests;

  public SpecConformance(OpenApiSpec spec, Supplier<List<ServeEvent>> events) {
    this.spec = spec;
    this.events = events;
  }

  /** This test serves deliberately broken bodies; skip answer checks for it. */
  public void expectMalformedAnswers() {
    malformedAnswersExpected = true;
  }

  /** Requests checked so far by this instance, so a suite can prove the checks ran. */
  public int checkedRequests() {
    return checkedRequests;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> problems = new ArrayList<>();
    try {
      for (ServeEvent event : events.get()) {
        problems.addAll(check(event));
        checkedRequests++;
      }
    } finally {
      malformedAnswersExpected = false;
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("requests or fixtures do not conform to the OpenAPI document:\n  "
          + String.join("\n  ", problems));
    }
  }

  /** Every problem with one request and its answer. */
  public List<String> check(ServeEvent event) {
    LoggedRequest req = event.getRequest();
    String method = req.getMethod().getName();
    URI uri = URI.create(req.getUrl());
    String path = uri.getRawPath();
    String where = method + " " + req.getUrl();
    List<String> problems = new ArrayList<>();
    if (!event.getWasMatched()) {
      problems.add(where + ": no stub matched this request");
      return problems;
    }
    if (method.equals("POST") && path.equals(OAUTH_TOKEN_PATH)) {
      return checkOAuthToken(event, where);
    }
    Optional<OpenApiSpec.Operation> found = spec.operation(method, path);
    if (found.isEmpty()) {
      problems.add(where + ": no operation " + method + " for this path in the spec");
      return problems;
    }
    OpenApiSpec.Operation op = found.get();
    where = where + " (" + op.describe() + ")";
    String auth = req.getHeader("Authorization");
    if (auth == null || !auth.startsWith("Bearer ") || auth.length() <= "Bearer ".length()) {
      problems.add(where + ": no bearer token (the spec's security is bearerAuth)");
    }
    problems.addAll(checkParameters(op, req, uri, where));
    problems.addAll(checkRequestBody(op, req, where));
    if (!malformedAnswersExpected && event.getResponseDefinition().getFault() == null) {
      problems.addAll(checkAnswer(op, event, where));
    }
    return problems;
  }

  private List<String> checkParameters(OpenApiSpec.Operation op, LoggedRequest req, URI uri, String where) {
    List<String> problems = new ArrayList<>();
    Set<String> sentQuery = queryNames(uri.getRawQuery());
    Set<String> declaredQuery = new LinkedHashSet<>();
    boolean freeFormFilters = false;
    for (JsonNode p : op.parameters()) {
      String in = p.path("in").asString();
      String name = p.path("name").asString();
      boolean required = p.path("required").asBoolean(false);
      if (in.equals("query")) {
        if (name.contains("<")) {
          freeFormFilters = true; // "<field>=<value> filters": any device property may be sent
          continue;
        }
        declaredQuery.add(name);
        if (required && !sentQuery.contains(name)) {
          problems.add(where + ": required query parameter '" + name + "' missing");
        }
      } else if (in.equals("header") && required && req.getHeader(name) == null) {
        problems.add(where + ": required header '" + name + "' missing");
      }
    }
    if (!freeFormFilters) {
      for (String q : sentQuery) {
        if (!declaredQuery.contains(q)) {
          problems.add(where + ": query parameter '" + q + "' is not declared for this operation");
        }
      }
    }
    return problems;
  }

  private List<String> checkRequestBody(OpenApiSpec.Operation op, LoggedRequest req, String where) {
    List<String> problems = new ArrayList<>();
    String body = req.getBodyAsString();
    Optional<JsonNode> declared = spec.requestBody(op);
    if (body == null || body.isEmpty()) {
      if (declared.isPresent() && declared.get().path("required").asBoolean(false)) {
        problems.add(where + ": the request body is required but none was sent");
      }
      return problems;
    }
    if (declared.isEmpty()) {
      problems.add(where + ": a body was sent but the operation takes none");
      return problems;
    }
    String mediaType = mediaType(req.getHeader("Content-Type"));
    JsonNode content = declared.get().path("content").get(mediaType);
    if (content == null) {
      problems.add(where + ": request media type '" + mediaType + "' is not declared (declared: "
          + declared.get().path("content").propertyNames() + ")");
      return problems;
    }
    if (mediaType.equals("application/json")) {
      Optional<JsonNode> json = OpenApiSpec.parseJson(body);
      if (json.isEmpty()) {
        problems.add(where + ": the request body is not JSON");
      } else {
        problems.addAll(spec.validate(content.path("schema"), json.get(), where + " request body"));
      }
    }
    return problems;
  }

  private List<String> checkAnswer(OpenApiSpec.Operation op, ServeEvent event, String where) {
    int status = event.getResponse().getStatus();
    Optional<JsonNode> response = spec.response(op, status);
    if (response.isEmpty()) {
      // The document lists few error statuses per operation (no 401 anywhere, 429 on two operations),
      // while the API can answer any call with them; such answers must still have the Error shape.
      response = spec.sharedResponse(status).or(() -> status >= 400 ? Optional.of(spec.errorResponse()) : Optional.empty());
    }
    if (response.isEmpty()) {
      return List.of(where + ": status " + status + " is not declared for this operation");
    }
    String body = event.getResponse().getBodyAsString();
    if (body == null || body.isEmpty()) {
      return List.of();
    }
    HttpHeader contentType = event.getResponse().getHeaders().getHeader("Content-Type");
    String mediaType = contentType.isPresent() ? mediaType(contentType.firstValue()) : "application/json";
    JsonNode content = response.get().path("content").get(mediaType);
    if (content == null) {
      return List.of(where + ": answer media type '" + mediaType + "' for " + status + " is not declared");
    }
    if (!mediaType.equals("application/json")) {
      return List.of();
    }
    Optional<JsonNode> json = OpenApiSpec.parseJson(body);
    if (json.isEmpty()) {
      return List.of(where + ": the stubbed " + status + " answer is not JSON");
    }
    return spec.validate(content.path("schema"), json.get(), where + " answer " + status);
  }

  private List<String> checkOAuthToken(ServeEvent event, String where) {
    List<String> problems = new ArrayList<>();
    LoggedRequest req = event.getRequest();
    if (!"application/x-www-form-urlencoded".equals(mediaType(req.getHeader("Content-Type")))) {
      problems.add(where + ": token request must be a form (application/x-www-form-urlencoded)");
    }
    Map<String, String> form = new java.util.HashMap<>();
    for (String pair : req.getBodyAsString().split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      problems.add(where + ": grant_type must be client_credentials");
    }
    for (String field : List.of("client_id", "client_secret")) {
      if (form.getOrDefault(field, "").isEmpty()) {
        problems.add(where + ": form field " + field + " missing");
      }
    }
    if (req.getHeader("Authorization") != null) {
      problems.add(where + ": the token request must not carry a bearer token");
    }
    if (event.getResponse().getStatus() == 200 && !malformedAnswersExpected) {
      Optional<JsonNode> json = OpenApiSpec.parseJson(event.getResponse().getBodyAsString());
      if (json.isEmpty() || !json.get().path("access_token").isString()
          || !json.get().path("expires_in").isIntegralNumber()) {
        problems.add(where + ": token answer must be JSON with access_token and expires_in (RFC 6749 5.1)");
      }
    }
    return problems;
  }

  private static Set<String> queryNames(String rawQuery) {
    Set<String> names = new LinkedHashSet<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return names;
    }
    for (String pair : rawQuery.split("&")) {
      names.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
    }
    return names;
  }

  private static String mediaType(String header) {
    if (header == null) {
      return "";
    }
    return header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}
