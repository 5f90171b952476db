package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A typed fly.toml value that remembers how it was written ({@code "1gb"} or {@code 1024},
 * {@code true} or {@code "stop"}), so an unchanged value is written back exactly as read. Two values
 * are equal when they are of the same type and written the same way.
 */
abstract class TomlScalar {
  private final Object written;

  TomlScalar(Object written) {
    this.written = Objects.requireNonNull(written, "written");
  }

  /** The TOML value as written: a {@link String}, a {@link Number} or a {@link Boolean}. */
  @JsonValue
  public Object toTomlValue() {
    return written;
  }

  /** The written form, e.g. {@code 1024mb}, {@code 30s} or {@code true}. */
  @Override
  public String toString() {
    return written.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && written.equals(((TomlScalar) o).written);
  }

  @Override
  public int hashCode() {
    return written.hashCode();
  }
}
