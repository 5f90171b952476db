package dev.paperclipfly.core.testing.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Checks recorded exchanges against an {@link OpenApiSpec}, so both a client and the fixtures it is
 * tested with stay shaped by the vendor's document. Every violation is returned, each naming the
 * request.
 *
 * <p>Per request: a stub matched it; it is under the spec's base path; the path template and method
 * exist; required query and header parameters are present, their values fit their schemas, and no
 * undeclared query parameter is sent (unless the operation declares free-form ones, named like
 * {@code <field>=<value>}); a body is sent exactly when the operation takes one, with a declared media
 * type, and a JSON body validates against the request schema; then the caller's own
 * {@linkplain Builder#requestCheck request checks} (authentication, say).
 *
 * <p>Per answer: the status is declared for the operation (or, for errors, the caller names the
 * schema every error has); a body has a declared media type; a JSON body validates against the
 * response schema. Answers marked off-spec are not checked.
 *
 * <p>Endpoints the document leaves out can be checked by the caller's own rule with
 * {@link Builder#outsideSpec}.
 */
public final class OpenApiConformance {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A caller's extra rule for requests to an operation of the spec; returns sentences, empty when fine. */
  @FunctionalInterface
  public interface RequestCheck {
    /** Problems with the request, each a sentence (the request is named by the caller of this check). */
    List<String> check(Exchange exchange, OpenApiSpec.Operation operation);
  }

  /** A caller's rule for an endpoint the document does not describe; returns sentences, empty when fine. */
  @FunctionalInterface
  public interface EndpointCheck {
    /** Problems with the exchange, each a sentence (the request is named by the caller of this check). */
    List<String> check(Exchange exchange);
  }

  private record OutsideSpec(String method, String requestPath, EndpointCheck check) {}

  private final OpenApiSpec spec;
  private final List<RequestCheck> requestChecks;
  private final List<OutsideSpec> outsideSpec;
  private final Optional<String> errorSchema;

  private OpenApiConformance(Builder b) {
    this.spec = b.spec;
    this.requestChecks = List.copyOf(b.requestChecks);
    this.outsideSpec = List.copyOf(b.outsideSpec);
    this.errorSchema = b.errorSchema;
  }

  /** Starts a checker for {@code spec}; with no options it checks exactly what the document says. */
  public static Builder builder(OpenApiSpec spec) {
    return new Builder(spec);
  }

  /** Options of a checker: the per-vendor knowledge the document itself does not carry. */
  public static final class Builder {
    private final OpenApiSpec spec;
    private final List<RequestCheck> requestChecks = new ArrayList<>();
    private final List<OutsideSpec> outsideSpec = new ArrayList<>();
    private Optional<String> errorSchema = Optional.empty();

    private Builder(OpenApiSpec spec) {
      this.spec = spec;
    }

    /** Adds a rule every request to an operation of the spec must pass (e.g. its authentication scheme). */
    public Builder requestCheck(RequestCheck check) {
      requestChecks.add(check);
      return this;
    }

    /** Checks requests to an endpoint the document leaves out with the caller's rule instead of the spec. */
    public Builder outsideSpec(String method, String requestPath, EndpointCheck check) {
      outsideSpec.add(new OutsideSpec(method.toUpperCase(Locale.ROOT), requestPath, check));
      return this;
    }

    /**
     * The component schema every error answer has. An error status the operation does not list (APIs
     * answer any call with 401 or 429) must then still have this shape; without it such answers are
     * reported as undeclared.
     */
    public Builder errorSchema(String componentName) {
      spec.ref(componentName); // fails now, not mid-test, if the document has no such schema
      this.errorSchema = Optional.of(componentName);
      return this;
    }

    public OpenApiConformance build() {
      return new OpenApiConformance(this);
    }
  }

  /** Every problem with the exchanges, in order. */
  public List<String> check(List<Exchange> exchanges) {
    List<String> problems = new ArrayList<>();
    for (Exchange e : exchanges) {
      problems.addAll(check(e));
    }
    return problems;
  }

  /** Every problem with one request and its answer, each prefixed with the request. */
  public List<String> check(Exchange exchange) {
    String label = exchange.method() + " " + exchange.url();
    String path = exchange.path();
    if (!exchange.matched()) {
      return List.of(label + ": no stub matched this request");
    }
    for (OutsideSpec o : outsideSpec) {
      if (o.method().equals(exchange.method()) && o.requestPath().equals(path)) {
        return prefixed(label, o.check().check(exchange));
      }
    }
    String base = spec.basePath();
    if (!path.startsWith(base + "/")) {
      return List.of(label + ": path does not start with the spec's base path " + base);
    }
    Optional<OpenApiSpec.Operation> found = spec.operation(exchange.method(), path);
    if (found.isEmpty()) {
      List<String> methods = spec.methodsAt(path);
      return List.of(label + ": no operation " + exchange.method() + " in the spec: " + (methods.isEmpty()
          ? "no path in the spec matches" : "method not defined for this path (it takes " + String.join(", ", methods) + ")"));
    }
    OpenApiSpec.Operation op = found.get();
    List<String> problems = new ArrayList<>();
    checkParameters(exchange, op, problems);
    checkRequestBody(exchange, op, problems);
    for (RequestCheck c : requestChecks) {
      problems.addAll(c.check(exchange, op));
    }
    exchange.answer().filter(a -> a.offSpecReason().isEmpty()).ifPresent(a -> checkAnswer(a, op, problems));
    return prefixed(label + " (" + op.describe() + ")", problems);
  }

  private static List<String> prefixed(String label, List<String> problems) {
    return problems.stream().map(p -> label + ": " + p).toList();
  }

  private void checkParameters(Exchange exchange, OpenApiSpec.Operation op, List<String> problems) {
    Map<String, List<String>> query = exchange.query();
    Set<String> declaredQuery = new LinkedHashSet<>();
    boolean freeFormQuery = false;
    for (JsonNode param : op.parameters()) {
      String name = param.path("name").asString();
      String in = param.path("in").asString();
      Optional<String> value;
      if (in.equals("query")) {
        if (name.contains("<")) {
          freeFormQuery = true; // e.g. "<field>=<value>" filters: any property may be sent
          continue;
        }
        declaredQuery.add(name);
        value = query.getOrDefault(name, List.of()).stream().findFirst();
      } else if (in.equals("header")) {
        value = exchange.header(name);
      } else {
        continue;
      }
      if (value.isEmpty()) {
        if (param.path("required").asBoolean(false)) {
          problems.add("required " + in + " parameter '" + name + "' missing");
        }
        continue;
      }
      for (String msg : spec.validate(param.path("schema"), typed(param.path("schema"), value.get()))) {
        problems.add(in + " parameter " + name + "=" + value.get() + ": " + msg);
      }
    }
    if (!freeFormQuery) {
      for (String name : query.keySet()) {
        if (!declaredQuery.contains(name)) {
          problems.add("query parameter '" + name + "' is not declared for this operation");
        }
      }
    }
  }

  private void checkRequestBody(Exchange exchange, OpenApiSpec.Operation op, List<String> problems) {
    Optional<JsonNode> declared = spec.requestBody(op);
    if (exchange.body().isEmpty()) {
      if (declared.isPresent() && declared.get().path("required").asBoolean(false)) {
        problems.add("the operation requires a body and none was sent");
      }
      return;
    }
    if (declared.isEmpty()) {
      problems.add("a body was sent but the operation takes none");
      return;
    }
    String mediaType = exchange.mediaType();
    JsonNode content = declared.get().path("content").get(mediaType);
    if (content == null) {
      problems.add("request media type '" + mediaType + "' is not declared (declared: "
          + declared.get().path("content").propertyNames() + ")");
      return;
    }
    if (isJson(mediaType)) {
      Optional<JsonNode> json = parse(exchange.body());
      if (json.isEmpty()) {
        problems.add("the request body is not JSON");
        return;
      }
      for (String msg : spec.validate(content.path("schema"), json.get())) {
        problems.add("request body: " + msg);
      }
    }
  }

  private void checkAnswer(Exchange.Answer answer, OpenApiSpec.Operation op, List<String> problems) {
    int status = answer.status();
    Optional<JsonNode> response = spec.response(op, status).or(() -> spec.sharedResponse(status));
    if (response.isEmpty() && status >= 400 && errorSchema.isPresent()) {
      // Documents list few error statuses per operation while the API can answer any call with them;
      // such answers must still have the error shape.
      response = Optional.of(errorResponse(errorSchema.get()));
    }
    if (response.isEmpty()) {
      problems.add("stub answers " + status + ", which the spec does not list for this operation");
      return;
    }
    if (answer.body().isBlank()) {
      return;
    }
    JsonNode contents = response.get().path("content");
    if (contents.isMissingNode() || contents.isEmpty()) {
      problems.add("stub answers " + status + " with a body, but the spec declares none");
      return;
    }
    String mediaType = answer.mediaType();
    JsonNode content = contents.get(mediaType);
    if (content == null) {
      problems.add("answer media type '" + mediaType + "' for " + status + " is not declared (declared: "
          + contents.propertyNames() + ")");
      return;
    }
    if (!isJson(mediaType)) {
      return;
    }
    Optional<JsonNode> json = parse(answer.body());
    if (json.isEmpty()) {
      problems.add("the stubbed " + status + " answer is not JSON (mark deliberate garbage as off-spec)");
      return;
    }
    JsonNode instance = answer.validatedMember().map(m -> json.get().path(m)).orElse(json.get());
    for (String msg : spec.validate(content.path("schema"), instance)) {
      problems.add("stubbed " + status + " answer: " + msg);
    }
  }

  private static JsonNode errorResponse(String componentName) {
    var r = JSON.createObjectNode();
    r.putObject("content").putObject("application/json").putObject("schema")
        .put("$ref", "#/components/schemas/" + componentName);
    return r;
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static Optional<JsonNode> parse(String text) {
    try {
      return Optional.of(JSON.readTree(text));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** A query or header value as the JSON type its schema names, so type checks mean something. */
  private static JsonNode typed(JsonNode schema, String value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (schema.path("type").asString("string")) {
      case "integer":
        try {
          return f.numberNode(Long.parseLong(value));
        } catch (NumberFormatException e) {
          return f.stringNode(value);
        }
      case "boolean":
        return value.equals("true") || value.equals("false") ? f.booleanNode(Boolean.parseBoolean(value))
            : f.stringNode(value);
      default:
        return f.stringNode(value);
    }
  }
}
