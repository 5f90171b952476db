package dev.paperclipfly.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.Severity;
import dev.paperclipfly.core.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class PaperclipConfigValidatorTest {
  private static final String META = "\"$meta\": {\"version\": 1, \"updatedAt\": \"2026-01-01T00:00:00.000Z\","
      + " \"source\": \"onboard\"}";

  /** A document with $meta and logging, plus the given database and server sections and extra top-level keys. */
  private static String config(String database, String server, String more) {
    return "{" + META + ", \"database\": " + database + ", \"logging\": {\"mode\": \"file\"}, \"server\": " + server
        + (more.isEmpty() ? "" : ", " + more) + "}";
  }

  private static String server(String server) {
    return config("{}", server, "");
  }

  private static ValidationResult strict(String json) {
    return PaperclipConfigValidator.strict().validate(json);
  }

  private static Problem only(ValidationResult result) {
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0);
  }

  @Test
  void aMinimalConfigIsValidWithoutProblems() {
    assertThat(strict(server("{}")).problems()).isEmpty();
  }

  @Test
  void aMissingMetaSectionIsExplainedWithWhatToWrite() {
    Problem problem = only(strict("{\"database\": {}, \"logging\": {\"mode\": \"file\"}, \"server\": {}}"));

    assertThat(problem.path()).isEqualTo("$meta");
    assertThat(problem.message()).contains("is missing").contains("\"version\": 1").contains("\"source\": \"onboard\"");
  }

  @Test
  void aMetaVersionOtherThanOneIsAnErrorSayingToWriteOne() {
    Problem problem = only(strict(server("{}").replace("\"version\": 1", "\"version\": 2")));

    assertThat(problem.path()).isEqualTo("$meta.version");
    assertThat(problem.message()).contains("must be 1").contains("found 2");
  }

  @Test
  void aMetaVersionWrittenAsOnePointZeroIsAcceptedAsJavaScriptReadsIt() {
    assertThat(strict(server("{}").replace("\"version\": 1", "\"version\": 1.0")).isValid()).isTrue();
  }

  @Test
  void anUnknownMetaSourceListsTheAllowedValues() {
    Problem problem = only(strict(server("{}").replace("\"onboard\"", "\"manual\"")));

    assertThat(problem.path()).isEqualTo("$meta.source");
    assertThat(problem.message()).contains("\"onboard\", \"configure\", \"doctor\"").contains("\"manual\"");
  }

  @Test
  void localTrustedWithPublicExposureIsRejectedAtServerExposure() {
    ValidationResult result = strict(server("{\"exposure\": \"public\"}"));

    assertThat(result.errors()).extracting(Problem::path).contains("server.exposure");
    assertThat(result.errors().get(0).message()).contains("local_trusted");
  }

  @Test
  void localTrustedRequiresLoopbackEvenWhenTheBindIsInferredFromHost() {
    Problem problem = only(strict(server("{\"host\": \"0.0.0.0\"}")));

    assertThat(problem.path()).isEqualTo("server.bind");
    assertThat(problem.message()).contains("must be \"loopback\"").contains("inferred as \"lan\"");
  }

  @Test
  void customBindWithoutCustomBindHostIsRejectedAtCustomBindHost() {
    Problem problem = only(strict(server("{\"deploymentMode\": \"authenticated\", \"bind\": \"custom\"}")));

    assertThat(problem.path()).isEqualTo("server.customBindHost");
    assertThat(problem.message()).contains("required when server.bind is \"custom\"");
  }

  @Test
  void customBindIsAcceptedWhenTheLegacyHostNamesASpecificAddress() {
    assertThat(strict(server("{\"deploymentMode\": \"authenticated\", \"bind\": \"custom\", \"host\": \"10.0.0.5\"}"))
        .problems()).isEmpty();
  }

  @Test
  void tailnetBindWithPublicExposureIsRejected() {
    ValidationResult result = strict(config("{}",
        "{\"deploymentMode\": \"authenticated\", \"exposure\": \"public\", \"bind\": \"tailnet\"}",
        "\"auth\": {\"baseUrlMode\": \"explicit\", \"publicBaseUrl\": \"https://my-app.fly.dev\"}"));

    assertThat(only(result).path()).isEqualTo("server.bind");
    assertThat(only(result).message()).contains("\"tailnet\" only works for private deployments");
  }

  @Test
  void tailnetBindIsAcceptedForAnAuthenticatedPrivateDeployment() {
    assertThat(strict(server("{\"deploymentMode\": \"authenticated\", \"bind\": \"tailnet\"}")).problems()).isEmpty();
  }

  @Test
  void explicitBaseUrlModeRequiresPublicBaseUrl() {
    Problem problem = only(strict(config("{}", "{}", "\"auth\": {\"baseUrlMode\": \"explicit\"}")));

    assertThat(problem.path()).isEqualTo("auth.publicBaseUrl");
    assertThat(problem.message()).contains("required when auth.baseUrlMode is \"explicit\"");
  }

  @Test
  void publicExposureRequiresBothExplicitModeAndPublicBaseUrl() {
    ValidationResult result = strict(server("{\"deploymentMode\": \"authenticated\", \"exposure\": \"public\"}"));

    assertThat(result.errors()).extracting(Problem::path).containsExactly("auth.baseUrlMode", "auth.publicBaseUrl");
  }

  @Test
  void aPublicBaseUrlWithoutSchemeIsNotAUrl() {
    Problem problem = only(strict(config("{}", "{}", "\"auth\": {\"publicBaseUrl\": \"my-app.fly.dev\"}")));

    assertThat(problem.path()).isEqualTo("auth.publicBaseUrl");
    assertThat(problem.message()).contains("absolute URL");
  }

  @Test
  void postgresModeWithoutConnectionStringIsAnErrorByDefault() {
    Problem problem = only(strict(config("{\"mode\": \"postgres\"}", "{}", "")));

    assertThat(problem.path()).isEqualTo("database.connectionString");
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    assertThat(problem.message()).contains("silently starts its embedded PostgreSQL").contains("DATABASE_URL");
  }

  @Test
  void postgresModeWithoutConnectionStringIsFineWhenTheServerGetsDatabaseUrl() {
    ValidationOptions options = ValidationOptions.builder().databaseUrlFromEnvironment(true).build();

    assertThat(PaperclipConfigValidator.of(options).validate(config("{\"mode\": \"postgres\"}", "{}", "")).problems())
        .isEmpty();
  }

  @Test
  void aMisspeltKeyIsAnErrorNamingTheKeyMeant() {
    Problem problem = only(strict(config("{\"mode\": \"postgres\", \"connectionString\": \"postgres://db/p\","
        + " \"conectionString\": \"postgres://db/q\"}", "{}", "")));

    assertThat(problem.path()).isEqualTo("database.conectionString");
    assertThat(problem.message()).contains("did you mean database.connectionString?");
  }

  @Test
  void urlInsteadOfConnectionStringIsAnErrorNamingConnectionString() {
    ValidationResult result = strict(config("{\"mode\": \"postgres\", \"url\": \"postgres://db/p\"}", "{}", ""));

    assertThat(result.errors()).extracting(Problem::path).containsExactly("database.url", "database.connectionString");
    assertThat(result.errors().get(0).message()).contains("did you mean database.connectionString?");
  }

  @Test
  void snakeCaseSpellingOfAKnownKeyIsCaught() {
    Problem problem = only(strict(server("{\"deployment_mode\": \"authenticated\"}")));

    assertThat(problem.path()).isEqualTo("server.deployment_mode");
    assertThat(problem.message()).contains("server.deploymentMode");
  }

  @Test
  void misspeltKeysAreWarningsWhenStrictnessIsWarning() {
    ValidationOptions options = ValidationOptions.builder().misspeltKeys(Strictness.WARNING).build();
    ValidationResult result = PaperclipConfigValidator.of(options).validate(server("{\"prot\": 3100}"));

    assertThat(result.isValid()).isTrue();
    assertThat(only(result).severity()).isEqualTo(Severity.WARNING);
    assertThat(only(result).path()).isEqualTo("server.prot");
  }

  @Test
  void extensionKeysFarFromAnyKnownKeyAreAccepted() {
    assertThat(strict(config("{}", "{\"myExtension\": {\"a\": 1}}", "\"x-deployed-by\": \"ci\"")).problems()).isEmpty();
  }

  @Test
  void aPathStartingWithTildeWarnsThatItResolvesAgainstHome() {
    ValidationResult result = strict(config("{\"backup\": {\"dir\": \"~/backups\"}}", "{}", ""));

    assertThat(result.isValid()).isTrue();
    assertThat(only(result).path()).isEqualTo("database.backup.dir");
    assertThat(only(result).severity()).isEqualTo(Severity.WARNING);
    assertThat(only(result).message()).contains("$HOME, not PAPERCLIP_HOME").contains("absolute path");
  }

  @Test
  void aTildeUserPathWarnsThatPaperclipDoesNotExpandIt() {
    Problem problem = only(strict(config("{}", "{}", "\"secrets\": {\"localEncrypted\": {\"keyFilePath\": \"~paperclip/k\"}}")));

    assertThat(problem.path()).isEqualTo("secrets.localEncrypted.keyFilePath");
    assertThat(problem.message()).contains("does not expand ~user").contains("\"~paperclip\"");
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    ValidationResult result = strict("{" + META + ", \"database\": {\"embeddedPostgresPort\": 0},"
        + " \"logging\": {\"mode\": \"stdout\"},"
        + " \"server\": {\"port\": \"3100\", \"allowedHostnames\": [\"a\", \"b\", \"\"]}}");

    assertThat(result.errors()).extracting(Problem::path).containsExactly("database.embeddedPostgresPort",
        "logging.mode", "server.port", "server.allowedHostnames[2]");
  }

  @Test
  void aWrongTypeSaysWhatWasExpectedWhatWasFoundAndWhatToDo() {
    Problem problem = only(strict(server("{\"port\": \"3100\"}")));

    assertThat(problem.message()).isEqualTo("must be an integer from 1 to 65535, found the string \"3100\":"
        + " write the number without quotes");
  }

  @Test
  void aWhollyIntegralFloatingPointNumberIsAnIntegerAsInJavaScript() {
    assertThat(strict(server("{\"port\": 3100.0}")).problems()).isEmpty();
  }

  @Test
  void aFractionalPortIsRejected() {
    assertThat(only(strict(server("{\"port\": 3100.5}"))).message()).contains("use a whole number");
  }

  @Test
  void anApiKeyOfTheWrongTypeIsNotEchoedInTheMessage() {
    Problem problem = only(strict(config("{}", "{}", "\"llm\": {\"provider\": \"claude\", \"apiKey\": 123456789}")));

    assertThat(problem.path()).isEqualTo("llm.apiKey");
    assertThat(problem.message()).doesNotContain("123456789");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsOneProblemAtTheDocument() {
    Problem problem = only(strict("[]"));

    assertThat(problem.path()).isEmpty();
    assertThat(problem.message()).contains("must be a JSON object").contains("found an array");
  }

  @Test
  void compatibleOptionsAcceptWhatPaperclipAcceptsDespiteSdkOnlyFindings() {
    ValidationResult result = PaperclipConfigValidator.of(ValidationOptions.paperclipCompatible())
        .validate(config("{\"mode\": \"postgres\", \"url\": \"postgres://db/p\"}", "{}", ""));

    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aMistypedEnumValueSuggestsTheValueMeant() {
    Problem problem = only(strict(config("{\"mode\": \"embedded_postgres\"}", "{}", "")));

    assertThat(problem.path()).isEqualTo("database.mode");
    assertThat(problem.message()).contains("did you mean \"embedded-postgres\"?");
  }
}
