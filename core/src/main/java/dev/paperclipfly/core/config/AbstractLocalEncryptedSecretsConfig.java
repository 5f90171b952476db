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

/** {@code secrets.localEncrypted}: the master key file for the {@code local_encrypted} provider. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = LocalEncryptedSecretsConfig.Builder.class)
@JsonPropertyOrder({"keyFilePath"})
public abstract class AbstractLocalEncryptedSecretsConfig {
  @JsonProperty("keyFilePath")
  public abstract Optional<String> keyFilePath();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** Paperclip's schema default {@code ~/.paperclip/instances/default/secrets/master.key} when absent. */
  public String keyFilePathOrDefault() {
    return keyFilePath().orElse("~/.paperclip/instances/default/secrets/master.key");
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "secrets.localEncrypted", extra());
  }
}
