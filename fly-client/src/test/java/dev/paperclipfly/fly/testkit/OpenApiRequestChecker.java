package dev.paperclipfly.fly.testkit;

import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Checks recorded HTTP traffic against an OpenAPI spec: the method and path exist, required
 * parameters are present and no undocumented query parameter is sent, parameter values fit their
 * schemas, JSON request bodies validate against the operation's request schema, and the stubbed
 * JSON answers validate against its response schemas (so fixtures are spec-shaped too).
 *
 * <p>A stub may opt out of the response check by carrying metadata {@code offSpecResponse} with the
 * reason, or ask for only one member to be validated with {@code validateMember} (for answers the
 * vendor documents wrapped in an envelope the spec leaves out).
 */
public final class OpenApiRequestChecker {
  /** Stub metadata key: why this stub's answer deliberately departs from the spec. */
  public static final String OFF_SPEC_RESPONSE = "offSpecResponse";
  /** Stub metadata key: validate only this member of the answer against the response schema. */
  public static final String VALIDATE_MEMBER = "validateMember";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final OpenApiSpec spec;

  public OpenApiRequestChecker(OpenApiSpec spec) {
    this.spec = spec;
  }

  /** Every problem found in the served requests and stubbed answers, each naming the request. */
  public List<String> check(List<ServeEvent> events) {
    List<String> problems = new ArrayList<>();
    for (ServeEvent event : events) {
      problems.addAll(check(event));
    }
    return problems;
  }

  /** Problems with one served request and its answer. */
  public List<String> check(ServeEvent event) {
    LoggedRequest request = event.getRequest();
    String method = request.getMethod().getName();
    URI uri = URI.create(request.getUrl());
    String rawPath = uri.getRawPath();
    String label = method + " " + request.getUrl();
    List<String> problems = new ArrayList<>();
    String base = spec.basePath();
    if (!rawPath.startsWith(base + "/")) {
      problems.add(label + ": path does not start with the spec's base path " + base);
      return problems;
    }
    String path = rawPath.substring(base.length());
    Optional<OpenApiSpec.Operation> found = spec.find(method, path);
    if (found.isEmpty()) {
      problems.add(label + (spec.pathExists(path) ? ": method not defined for this path in the spec"
          : ": no path in the spec matches"));
      return problems;
    }
    OpenApiSpec.Operation op = found.get();
    String opLabel = label + " (" + op.definition().path("operationId").asString() + ")";
    checkParameters(request, uri, op, opLabel, problems);
    checkRequestBody(request, op, opLabel, problems);
    checkResponse(event, op, opLabel, problems);
    return problems;
  }

  private void checkParameters(LoggedRequest request, URI uri, OpenApiSpec.Operation op, String label,
      List<String> problems) {
    Set<String> documentedQuery = new HashSet<>();
    for (JsonNode param : op.definition().path("parameters")) {
      String name = param.path("name").asString();
      String in = param.path("in").asString();
      boolean required = param.path("required").asBoolean(false);
      Optional<String> value = Optional.empty();
      if (in.equals("query")) {
        documentedQuery.add(name);
        value = queryParams(uri).getOrDefault(name, List.of()).stream().findFirst();
      } else if (in.equals("header")) {
        value = Optional.ofNullable(request.getHeader(name));
      } else {
        continue;
      }
      if (required && value.isEmpty()) {
        problems.add(label + ": required " + in + " parameter " + name + " is missing");
      }
      if (value.isPresent()) {
        JsonNode typed = typed(param.path("schema"), value.get());
        for (String msg : spec.validate(param.path("schema"), typed)) {
          problems.add(label + ": " + in + " parameter " + name + "=" + value.get() + ": " + msg);
        }
      }
    }
    for (String name : queryParams(uri).keySet()) {
      if (!documentedQuery.contains(name)) {
        problems.add(label + ": query parameter " + name + " is not in the spec");
      }
    }
  }

  private void checkRequestBody(LoggedRequest request, OpenApiSpec.Operation op, String label, List<String> problems) {
    JsonNode requestBody = op.definition().path("requestBody");
    byte[] body = request.getBody();
    boolean hasBody = body != null && body.length > 0;
    if (requestBody.isMissingNode()) {
      if (hasBody) {
        problems.add(label + ": sends a body but the operation takes none");
      }
      return;
    }
    if (!hasBody) {
      if (requestBody.path("required").asBoolean(false)) {
        problems.add(label + ": the operation requires a body and none was sent");
      }
      return;
    }
    String contentType = Optional.ofNullable(request.getHeader("Content-Type")).orElse("");
    if (!contentType.startsWith("application/json")) {
      problems.add(label + ": body sent with Content-Type '" + contentType + "', spec wants application/json");
    }
    JsonNode schema = requestBody.path("content").path("application/json").path("schema");
    JsonNode instance;
    try {
      instance = JSON.readTree(body);
    } catch (JacksonException e) {
      problems.add(label + ": request body is not JSON");
      return;
    }
    for (String msg : spec.validate(schema, instance)) {
      problems.add(label + ": request body: " + msg);
    }
  }

  private void checkResponse(ServeEvent event, OpenApiSpec.Operation op, String label, List<String> problems) {
    if (event.getResponseDefinition() == null || event.getResponseDefinition().getFault() != null) {
      return;
    }
    Map<String, Object> metadata = event.getStubMapping() == null || event.getStubMapping().getMetadata() == null
        ? Map.of() : event.getStubMapping().getMetadata();
    if (metadata.containsKey(OFF_SPEC_RESPONSE)) {
      return;
    }
    LoggedResponse response = event.getResponse();
    int status = response.getStatus();
    JsonNode responses = op.definition().path("responses");
    JsonNode declared = responses.path(String.valueOf(status));
    boolean success = status >= 200 && status < 300;
    if (declared.isMissingNode() && success) {
      problems.add(label + ": stub answers " + status + ", which the spec does not list for this operation");
      return;
    }
    String text = response.getBodyAsString();
    if (text == null || text.isBlank()) {
      return;
    }
    JsonNode schema = declared.path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      schema = success ? JsonNodeFactory.instance.missingNode() : spec.ref("ErrorResponse");
    }
    if (schema.isMissingNode()) {
      problems.add(label + ": stub answers " + status + " with a body, but the spec declares none");
      return;
    }
    JsonNode instance;
    try {
      instance = JSON.readTree(text);
    } catch (JacksonException e) {
      problems.add(label + ": stubbed answer is not JSON (mark deliberate garbage with " + OFF_SPEC_RESPONSE + ")");
      return;
    }
    Object member = metadata.get(VALIDATE_MEMBER);
    if (member != null) {
      instance = instance.path(member.toString());
    }
    for (String msg : spec.validate(schema, instance)) {
      problems.add(label + ": stubbed " + status + " answer: " + msg);
    }
  }

  private static Map<String, List<String>> queryParams(URI uri) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** A query or header value as the JSON type its schema names, so type checks mean something. */
  private static JsonNode typed(JsonNode schema, String value) {
    String type = schema.path("type").asString("string");
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (type) {
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
