package dev.paperclipfly.fly.testkit;

import dev.paperclipfly.core.testing.RealTools;
import dev.paperclipfly.core.testing.openapi.OpenApiConformance;
import dev.paperclipfly.core.testing.openapi.OpenApiSpec;
import dev.paperclipfly.core.testing.openapi.SpecCorrection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Fly Machines OpenAPI document as the tests hold the client to it: objects are strict (a
 * misspelled field fails), the documented corrections below are applied, every request carries a Fly
 * token, and an error status an operation does not list must still have the {@code ErrorResponse} shape.
 */
public final class MachinesApiSpec {
  /**
   * Secrets_update: a null value removes the secret (fly-go sends {@code map[string]*string}, flyctl
   * relies on it); the spec's generator dropped the pointer and lists only strings.
   */
  public static final SpecCorrection SECRETS_NULL_DELETES = SpecCorrection.at(
      "secrets update accepts null to delete",
      "fly-go sends map[string]*string and flyctl deletes secrets with null; the generated spec lists only strings",
      "/components/schemas/AppSecretsUpdateRequest/properties/values", ObjectNode.class,
      values -> values.putObject("additionalProperties").putArray("type").add("string").add("null"));

  // flyctl's two schemes: macaroons as "FlyV1 <tokens>", older OAuth tokens as "Bearer <token>".
  private static final Pattern FLY_AUTHORIZATION = Pattern.compile("^(FlyV1|Bearer) \\S.*");

  private static volatile OpenApiSpec projectCopy;

  private MachinesApiSpec() {}

  /** This project's copy of the Machines document, read strictly and corrected. */
  public static OpenApiSpec projectCopy() {
    if (projectCopy == null) {
      projectCopy = OpenApiSpec.loader(RealTools.sharedDir().resolve("reference").resolve("fly-machines-openapi.json"))
          .strictObjects()
          .correct(SECRETS_NULL_DELETES)
          .load();
    }
    return projectCopy;
  }

  /** The checks every exchange with the fake Machines API must pass. */
  public static OpenApiConformance conformance(OpenApiSpec spec) {
    return OpenApiConformance.builder(spec)
        .requestCheck((exchange, op) -> authorizationProblem(exchange.header("Authorization")))
        .errorSchema("ErrorResponse")
        .build();
  }

  private static List<String> authorizationProblem(Optional<String> authorization) {
    // The header's value is a secret: name the scheme at most, never the token.
    if (authorization.isEmpty()) {
      return List.of("no Authorization header (the Machines API wants FlyV1 or Bearer)");
    }
    return FLY_AUTHORIZATION.matcher(authorization.get()).matches() ? List.of()
        : List.of("Authorization is neither 'FlyV1 <token>' nor 'Bearer <token>'");
  }
}
