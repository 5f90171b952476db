package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code secrets}: where Paperclip keeps the secrets it manages for agents. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = SecretsConfig.Builder.class)
@JsonPropertyOrder({"provider", "strictMode", "localEncrypted"})
public abstract class AbstractSecretsConfig {
  @JsonProperty("provider")
  public abstract Optional<SecretProvider> provider();

  @JsonProperty("strictMode")
  public abstract Optional<Boolean> strictMode();

  @JsonProperty("localEncrypted")
  public abstract Optional<LocalEncryptedSecretsConfig> localEncrypted();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** {@code local_encrypted} when absent. */
  public SecretProvider providerOrDefault() {
    return provider().orElse(SecretProvider.LOCAL_ENCRYPTED);
  }

  /** False when absent. */
  public boolean strictModeOrDefault() {
    return strictMode().orElse(false);
  }

  /** The local key file section, or one with every default when absent. */
  public LocalEncryptedSecretsConfig localEncryptedOrDefault() {
    return localEncrypted().orElseGet(() -> LocalEncryptedSecretsConfig.builder().build());
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "secrets", extra());
  }
}
