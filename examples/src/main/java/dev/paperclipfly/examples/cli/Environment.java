package dev.paperclipfly.examples.cli;

import dev.paperclipfly.core.Secret;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment, where the command line reads every secret (never from its arguments).
 * A map in tests, {@link System#getenv()} otherwise.
 */
record Environment(Map<String, String> variables) {
  static Environment system() {
    return new Environment(System.getenv());
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank()).map(String::strip);
  }

  Optional<Secret> optionalSecret(String name) {
    return get(name).map(Secret::of);
  }

  /**
   * A secret that must be set.
   *
   * @throws IllegalArgumentException naming the variable (never its value) when it is unset
   */
  Secret secret(String name) {
    return optionalSecret(name).orElseThrow(() ->
        new IllegalArgumentException("environment variable " + name + " is not set: export it before running"));
  }
}
