package dev.paperclipfly.core.config.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * The rules of Paperclip's {@code paperclipConfigSchema.superRefine} and
 * {@code validateConfiguredBindMode}, judged on the values Paperclip would see after applying its
 * defaults. A rule whose input is itself malformed is skipped (that input is already reported).
 */
final class CrossFieldRules {
  private final BiConsumer<String, String> error;

  CrossFieldRules(BiConsumer<String, String> error) {
    this.error = error;
  }

  void check(JsonNode document) {
    Optional<JsonNode> server = section(document, "server");
    Optional<JsonNode> auth = section(document, "auth");
    Optional<String> mode = server.flatMap(s -> enumValue(s, "server", "deploymentMode", "local_trusted"));
    Optional<String> exposure = server.flatMap(s -> enumValue(s, "server", "exposure", "private"));

    if (mode.isPresent() && exposure.isPresent() && mode.get().equals("local_trusted") && !exposure.get().equals("private")) {
      error.accept("server.exposure", "is \"" + exposure.get() + "\" but server.deploymentMode is \"local_trusted\""
          + " (the default when absent), which only runs privately: set deploymentMode to \"authenticated\","
          + " or exposure to \"private\"");
    }
    server.ifPresent(s -> checkBind(s, mode, exposure));

    Optional<String> baseUrlMode = auth.flatMap(a -> enumValue(a, "auth", "baseUrlMode", "auto"));
    Optional<Boolean> hasPublicUrl = auth.flatMap(CrossFieldRules::hasPublicBaseUrl);
    if (baseUrlMode.isPresent() && hasPublicUrl.isPresent() && baseUrlMode.get().equals("explicit") && !hasPublicUrl.get()) {
      error.accept("auth.publicBaseUrl", "is required when auth.baseUrlMode is \"explicit\": set it to the URL users"
          + " open, e.g. \"https://paperclip.example.ts.net\", or set baseUrlMode to \"auto\"");
    }
    if (exposure.isPresent() && exposure.get().equals("public")) {
      if (baseUrlMode.isPresent() && !baseUrlMode.get().equals("explicit")) {
        error.accept("auth.baseUrlMode", "must be \"explicit\" when server.exposure is \"public\": set"
            + " \"baseUrlMode\": \"explicit\" together with auth.publicBaseUrl");
      }
      if (hasPublicUrl.isPresent() && !hasPublicUrl.get()) {
        error.accept("auth.publicBaseUrl", "is required when server.exposure is \"public\": set it to the public URL,"
            + " e.g. \"https://my-app.fly.dev\"");
      }
    }
  }

  private void checkBind(JsonNode server, Optional<String> mode, Optional<String> exposure) {
    Optional<Optional<String>> hostField = optionalString(server, "host");
    Optional<Optional<String>> customField = optionalString(server, "customBindHost");
    JsonNode bindNode = server.get("bind");
    Optional<String> bind;
    if (bindNode != null) {
      bind = enumValue(server, "server", "bind", "");
    } else {
      // Without server.bind Paperclip infers it from server.host (default 127.0.0.1).
      bind = hostField.map(h -> NetworkHosts.inferBindMode(h.orElse("127.0.0.1")));
    }
    if (bind.isEmpty()) {
      return;
    }
    if (mode.isPresent() && mode.get().equals("local_trusted") && !bind.get().equals("loopback")) {
      error.accept("server.bind", "must be \"loopback\" when server.deploymentMode is \"local_trusted\""
          + (bindNode == null ? " (it was inferred as \"" + bind.get() + "\" from server.host)" : "")
          + ": set deploymentMode to \"authenticated\" to listen beyond this machine, or bind to \"loopback\"");
    }
    if (bind.get().equals("custom") && hostField.isPresent() && customField.isPresent()) {
      Optional<String> custom = customField.get().map(JsText::trim).filter(h -> !h.isEmpty());
      Optional<String> legacyHost = Optional.of(hostField.get().orElse("127.0.0.1")).map(JsText::trim)
          .filter(h -> !h.isEmpty());
      boolean hostUsable = legacyHost.isPresent()
          && !NetworkHosts.isLoopback(legacyHost.get()) && !NetworkHosts.isAllInterfaces(legacyHost.get());
      if (custom.isEmpty() && !hostUsable) {
        error.accept("server.customBindHost", "is required when server.bind is \"custom\": set it to the address to"
            + " listen on, e.g. \"::\" for all IPv4 and IPv6 interfaces or a specific IP");
      }
    }
    if (mode.isPresent() && exposure.isPresent() && mode.get().equals("authenticated")
        && exposure.get().equals("public") && bind.get().equals("tailnet")) {
      error.accept("server.bind", "\"tailnet\" only works for private deployments: with server.exposure \"public\""
          + " use \"lan\" or \"custom\", or set exposure to \"private\"");
    }
  }

  private static Optional<JsonNode> section(JsonNode document, String key) {
    JsonNode value = document.get(key);
    if (value == null) {
      return Optional.of(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }
    return value.isObject() ? Optional.of(value) : Optional.empty();
  }

  /**
   * The enum field's value, its default when absent, or empty when the value is not one of the
   * allowed strings (already reported; judging rules on it would only repeat that).
   */
  private static Optional<String> enumValue(JsonNode object, String section, String key, String defaultValue) {
    JsonNode value = object.get(key);
    if (value == null) {
      return Optional.of(defaultValue);
    }
    List<String> allowed = ConfigSchema.at(section + "." + key).orElseThrow().enumValues();
    return value.isString() && allowed.contains(value.stringValue()) ? Optional.of(value.stringValue()) : Optional.empty();
  }

  /** Outer empty: the value is malformed; inner empty: the key is absent. */
  private static Optional<Optional<String>> optionalString(JsonNode object, String key) {
    JsonNode value = object.get(key);
    if (value == null) {
      return Optional.of(Optional.empty());
    }
    return value.isString() ? Optional.of(Optional.of(value.stringValue())) : Optional.empty();
  }

  /** Whether publicBaseUrl is set to a non-empty string; empty when it is not a string. */
  private static Optional<Boolean> hasPublicBaseUrl(JsonNode auth) {
    return optionalString(auth, "publicBaseUrl").map(url -> url.filter(u -> !u.isEmpty()).isPresent());
  }
}
