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

/** {@code auth}: how the public base URL is found and whether sign-up is open. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = AuthConfig.Builder.class)
@JsonPropertyOrder({"baseUrlMode", "publicBaseUrl", "disableSignUp"})
public abstract class AbstractAuthConfig {
  @JsonProperty("baseUrlMode")
  public abstract Optional<AuthBaseUrlMode> baseUrlMode();

  /** An absolute URL; required when {@code baseUrlMode} is {@code explicit} or exposure is public. */
  @JsonProperty("publicBaseUrl")
  public abstract Optional<String> publicBaseUrl();

  @JsonProperty("disableSignUp")
  public abstract Optional<Boolean> disableSignUp();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** {@code auto} when absent. */
  public AuthBaseUrlMode baseUrlModeOrDefault() {
    return baseUrlMode().orElse(AuthBaseUrlMode.AUTO);
  }

  /** False when absent: sign-up is open. */
  public boolean disableSignUpOrDefault() {
    return disableSignUp().orElse(false);
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "auth", extra());
  }
}
