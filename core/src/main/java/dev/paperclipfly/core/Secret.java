package dev.paperclipfly.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A token, key or password. Its {@link #toString()} is masked, so a secret that reaches a log line,
 * an exception message or a generated {@code toString()} shows as {@code Secret[****]}.
 *
 * <p>The value comes out only through {@link #reveal()}, which the SDK calls at the exact place the
 * value is sent (an HTTP header, a request body). Nothing in this SDK renders a secret into a file.
 */
public final class Secret {
  private static final String MASK = "Secret[****]";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @throws IllegalArgumentException if the value is null or blank (the message never contains it)
   */
  public static Secret of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("secret value is empty: pass the token, key or password itself");
    }
    if (!value.equals(value.strip())) {
      // Common copy-paste accident; say so without echoing the value.
      throw new IllegalArgumentException("secret value has leading or trailing whitespace: remove it");
    }
    return new Secret(value);
  }

  /**
   * Reads a secret from an environment variable.
   *
   * @throws IllegalArgumentException naming the variable when it is unset or blank
   */
  public static Secret fromEnv(String variable) {
    String v = System.getenv(variable);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("environment variable " + variable + " is not set: export it before running");
    }
    return of(v.strip());
  }

  /** The secret value. Call it only where the value is sent; never log or print the result. */
  public String reveal() {
    return value;
  }

  /** True when the value starts with the given prefix; lets callers classify tokens without revealing them. */
  public boolean startsWith(String prefix) {
    return value.startsWith(prefix);
  }

  /** Length of the value, for validation messages that must not show it. */
  public int length() {
    return value.length();
  }

  /** Constant-time comparison, so equality checks do not leak the value through timing. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return MASK;
  }
}
