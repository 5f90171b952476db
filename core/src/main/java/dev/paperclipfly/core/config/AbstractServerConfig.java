package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.config.internal.NetworkHosts;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code server}: deployment mode, exposure, listen address and the hostname allow-list. Required
 * section; every key in it is optional.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = ServerConfig.Builder.class)
@JsonPropertyOrder({"deploymentMode", "exposure", "bind", "customBindHost", "host", "port", "allowedHostnames",
    "serveUi"})
public abstract class AbstractServerConfig {
  @JsonProperty("deploymentMode")
  public abstract Optional<DeploymentMode> deploymentMode();

  @JsonProperty("exposure")
  public abstract Optional<DeploymentExposure> exposure();

  @JsonProperty("bind")
  public abstract Optional<BindMode> bind();

  /** The listen address when {@code bind} is {@code custom} ({@code ::} for dual-stack). */
  @JsonProperty("customBindHost")
  public abstract Optional<String> customBindHost();

  /** Legacy listen host; Paperclip infers {@code bind} from it when {@code bind} is absent. */
  @JsonProperty("host")
  public abstract Optional<String> host();

  @JsonProperty("port")
  public abstract OptionalInt port();

  /**
   * Host names the private-hostname guard accepts besides localhost. Absent and empty are kept
   * apart so a file is rewritten as it was.
   */
  @JsonProperty("allowedHostnames")
  public abstract Optional<List<String>> allowedHostnames();

  @JsonProperty("serveUi")
  public abstract Optional<Boolean> serveUi();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** {@code local_trusted} when absent. */
  public DeploymentMode deploymentModeOrDefault() {
    return deploymentMode().orElse(DeploymentMode.LOCAL_TRUSTED);
  }

  /** {@code private} when absent. */
  public DeploymentExposure exposureOrDefault() {
    return exposure().orElse(DeploymentExposure.PRIVATE);
  }

  /**
   * {@code bind}, or when absent the mode Paperclip infers from {@code host}: loopback for
   * 127.0.0.1, localhost and ::1 (and no host), lan for 0.0.0.0 and ::, custom otherwise.
   */
  public BindMode bindOrInferred() {
    return bind().orElseGet(() -> {
      String inferred = NetworkHosts.inferBindMode(hostOrDefault());
      for (BindMode mode : BindMode.values()) {
        if (mode.paperclipName().equals(inferred)) {
          return mode;
        }
      }
      throw new IllegalStateException("no bind mode " + inferred);
    });
  }

  /** 127.0.0.1 when absent. */
  public String hostOrDefault() {
    return host().orElse("127.0.0.1");
  }

  /** 3100 when absent. */
  public int portOrDefault() {
    return port().orElse(3100);
  }

  /** The allow-list, empty when absent. */
  public List<String> allowedHostnamesOrDefault() {
    return allowedHostnames().orElse(List.of());
  }

  /** True when absent. */
  public boolean serveUiOrDefault() {
    return serveUi().orElse(true);
  }

  /** Copies a caller's list (Immutables keeps a list inside Optional as given), then checks. */
  @Value.Check
  protected AbstractServerConfig normalizeAndCheck() {
    if (allowedHostnames().isPresent()) {
      List<String> copy = List.copyOf(allowedHostnames().get());
      if (copy != allowedHostnames().get()) {
        return ServerConfig.copyOf(this).withAllowedHostnames(copy);
      }
    }
    SectionCheck.check(this, "server", extra());
    return this;
  }
}
