package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import dev.paperclipfly.core.validation.ValidationResult;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Paperclip's config.json (version 2026.916.1), as an immutable value.
 *
 * <p>Accessors return exactly what the file says, so a value absent from a file stays absent when it
 * is written back; the {@code ...OrDefault()} methods on each section return what Paperclip uses
 * instead. Keys Paperclip does not know are kept, in order, in each section's {@code extra()}.
 *
 * <p>{@code build()} refuses a config that Paperclip itself would reject and throws a
 * {@link dev.paperclipfly.core.validation.ValidationException} listing every problem. The SDK's
 * stricter checks (misspelt keys, postgres without a connection string) are not applied by the
 * builder; ask for them with {@link #validate(ValidationOptions)}.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = PaperclipConfig.Builder.class)
@JsonPropertyOrder({"$meta", "llm", "database", "logging", "server", "telemetry", "updates", "auth", "storage",
    "secrets"})
public abstract class AbstractPaperclipConfig {
  @JsonProperty("$meta")
  public abstract ConfigMeta meta();

  @JsonProperty("llm")
  public abstract Optional<LlmConfig> llm();

  @JsonProperty("database")
  public abstract DatabaseConfig database();

  @JsonProperty("logging")
  public abstract LoggingConfig logging();

  @JsonProperty("server")
  public abstract ServerConfig server();

  @JsonProperty("telemetry")
  public abstract Optional<TelemetryConfig> telemetry();

  @JsonProperty("updates")
  public abstract Optional<UpdatesConfig> updates();

  @JsonProperty("auth")
  public abstract Optional<AuthConfig> auth();

  @JsonProperty("storage")
  public abstract Optional<StorageConfig> storage();

  @JsonProperty("secrets")
  public abstract Optional<SecretsConfig> secrets();

  /** Top-level keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** The telemetry section, or one with every default when absent. */
  public TelemetryConfig telemetryOrDefault() {
    return telemetry().orElseGet(() -> TelemetryConfig.builder().build());
  }

  /** The updates section, or one with every default when absent. */
  public UpdatesConfig updatesOrDefault() {
    return updates().orElseGet(() -> UpdatesConfig.builder().build());
  }

  /** The auth section, or one with every default when absent. */
  public AuthConfig authOrDefault() {
    return auth().orElseGet(() -> AuthConfig.builder().build());
  }

  /** The storage section, or one with every default when absent. */
  public StorageConfig storageOrDefault() {
    return storage().orElseGet(() -> StorageConfig.builder().build());
  }

  /** The secrets section, or one with every default when absent. */
  public SecretsConfig secretsOrDefault() {
    return secrets().orElseGet(() -> SecretsConfig.builder().build());
  }

  /** Every problem in this config under the given options, including warnings. */
  public ValidationResult validate(ValidationOptions options) {
    return PaperclipConfigValidator.of(options).validate(PaperclipConfigJson.toTree((PaperclipConfig) this));
  }

  /** Every problem under the strict default options. */
  public ValidationResult validate() {
    return validate(ValidationOptions.defaults());
  }

  @Value.Check
  protected void check() {
    SectionCheck.checkDocument(this, extra());
  }
}
