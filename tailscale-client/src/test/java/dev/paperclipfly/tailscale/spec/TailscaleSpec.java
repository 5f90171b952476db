package dev.paperclipfly.tailscale.spec;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.paperclipfly.core.testing.RealTools;
import dev.paperclipfly.core.testing.openapi.Exchange;
import dev.paperclipfly.core.testing.openapi.OpenApiConformance;
import dev.paperclipfly.core.testing.openapi.OpenApiSpec;
import dev.paperclipfly.core.testing.openapi.SpecCorrection;
import dev.paperclipfly.core.testing.openapi.WireMockConformance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Tailscale's API v2 document as the tests hold the client to it: strict objects (a misspelled field
 * fails), the corrections below, a bearer token on every documented call (the document's global
 * security is {@code bearerAuth}), the {@code Error} shape for error statuses an operation does not
 * list, and the OAuth token endpoint, which the document leaves out, checked against RFC 6749 (form
 * body with {@code grant_type=client_credentials}, {@code client_id}, {@code client_secret}; JSON
 * answer with {@code access_token} and {@code expires_in}).
 */
public final class TailscaleSpec {
  /** This project's copy of the document. */
  public static final Path FILE = RealTools.sharedDir().resolve("reference").resolve("tailscale-v2-openapi.yaml");

  /**
   * {@code POST /tailnet/{tailnet}/acl/validate}: the JSON body schema is {@code oneOf [array of tests,
   * string]}, but the description says "When the request body is a JSON object, Tailscale interprets
   * the body as a hypothetical new tailnet policy file". An object is added.
   */
  public static final SpecCorrection VALIDATE_TAKES_A_POLICY_OBJECT = SpecCorrection.at(
      "acl/validate takes a policy object",
      "the operation's description allows a JSON object (a hypothetical policy file); its oneOf omits it",
      "/paths/~1tailnet~1{tailnet}~1acl~1validate/post/requestBody/content/application~1json/schema/oneOf",
      ArrayNode.class, oneOf -> oneOf.addObject().put("type", "object"));

  private static final String OAUTH_TOKEN_PATH = "/api/v2/oauth/token";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static volatile OpenApiSpec corrected;

  private TailscaleSpec() {}

  /** The document, read with strict objects and the corrections applied. */
  public static OpenApiSpec corrected() {
    if (corrected == null) {
      corrected = OpenApiSpec.loader(FILE).strictObjects().correct(VALIDATE_TAKES_A_POLICY_OBJECT).load();
    }
    return corrected;
  }

  /** The after-each hook that checks every exchange WireMock served against the corrected document. */
  public static WireMockConformance afterEachCheck(Supplier<List<ServeEvent>> events) {
    return new WireMockConformance(conformance(corrected()), events,
        "requests or fixtures do not conform to the OpenAPI document");
  }

  /** The checks every exchange with the fake Tailscale API must pass. */
  public static OpenApiConformance conformance(OpenApiSpec spec) {
    return OpenApiConformance.builder(spec)
        .requestCheck((exchange, op) -> hasBearerToken(exchange) ? List.of()
            : List.of("no bearer token (the spec's security is bearerAuth)"))
        .errorSchema("Error")
        .outsideSpec("POST", OAUTH_TOKEN_PATH, TailscaleSpec::checkOAuthToken)
        .build();
  }

  private static boolean hasBearerToken(Exchange exchange) {
    String auth = exchange.header("Authorization").orElse("");
    return auth.startsWith("Bearer ") && auth.length() > "Bearer ".length();
  }

  private static List<String> checkOAuthToken(Exchange exchange) {
    List<String> problems = new ArrayList<>();
    if (!exchange.mediaType().equals("application/x-www-form-urlencoded")) {
      problems.add("token request must be a form (application/x-www-form-urlencoded)");
    }
    Map<String, List<String>> form = exchange.form();
    if (!form.getOrDefault("grant_type", List.of()).equals(List.of("client_credentials"))) {
      problems.add("grant_type must be client_credentials");
    }
    for (String field : List.of("client_id", "client_secret")) {
      if (form.getOrDefault(field, List.of()).stream().allMatch(String::isEmpty)) {
        problems.add("form field " + field + " missing");
      }
    }
    if (exchange.header("Authorization").isPresent()) {
      problems.add("the token request must not carry a bearer token");
    }
    exchange.answer().filter(a -> a.status() == 200 && a.offSpecReason().isEmpty()).ifPresent(a -> {
      Optional<JsonNode> json = parse(a.body());
      if (json.isEmpty() || !json.get().path("access_token").isString()
          || !json.get().path("expires_in").isIntegralNumber()) {
        problems.add("token answer must be JSON with access_token and expires_in (RFC 6749 5.1)");
      }
    });
    return problems;
  }

  private static Optional<JsonNode> parse(String text) {
    try {
      return Optional.of(JSON.readTree(text));
    } catch (tools.jackson.core.JacksonException e) {
      return Optional.empty();
    }
  }
}
