package dev.paperclipfly.fly.model;

import dev.paperclipfly.core.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Secrets to set and unset in one request. Values stay {@link Secret}s until the request is sent;
 * {@link #toString()} shows names only.
 */
public final class SecretsChange {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Map<String, Optional<Secret>> changes;

  private SecretsChange(Map<String, Optional<Secret>> changes) {
    this.changes = Collections.unmodifiableMap(changes);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Name to new value, or to empty for a secret to remove; in the order they were added. */
  public Map<String, Optional<Secret>> changes() {
    return changes;
  }

  @Override
  public String toString() {
    return "SecretsChange" + changes.keySet();
  }

  /** Collects changes; a later change of the same name replaces the earlier one. */
  public static final class Builder {
    private final Map<String, Optional<Secret>> changes = new LinkedHashMap<>();

    private Builder() {}

    /** Sets secret {@code name} to {@code value}. */
    public Builder set(String name, Secret value) {
      changes.put(checkName(name), Optional.of(Objects.requireNonNull(value, "value")));
      return this;
    }

    /** Removes secret {@code name}. */
    public Builder unset(String name) {
      changes.put(checkName(name), Optional.empty());
      return this;
    }

    /**
     * @throws IllegalStateException when nothing was set or unset
     */
    public SecretsChange build() {
      if (changes.isEmpty()) {
        throw new IllegalStateException("a SecretsChange needs at least one set(...) or unset(...)");
      }
      return new SecretsChange(new LinkedHashMap<>(changes));
    }

    private static String checkName(String name) {
      if (name == null || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("secret name \"" + name
            + "\" is not an environment variable name: use letters, digits and underscores, not starting with a digit");
      }
      return name;
    }
  }
}
