package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.paperclipfly.core.flytoml.internal.ByteSizes;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A volume size of {@code [[mounts]]} ({@code initial_size}, {@code auto_extend_size_increment},
 * {@code auto_extend_size_limit}): a bare number of gigabytes ({@code 10}) or a size with a decimal
 * unit ({@code "10gb"}, {@code "500GB"}), read the way flyctl reads it (docker's
 * {@code FromHumanSize}, whole gigabytes, 1 GB = 1000 MB).
 *
 * <p>A value remembers how it was written and is written back the same way. Text that is no size
 * is kept; {@link #gigabytes()} is then empty and {@code FlyTomlValidator} reports it.
 */
public final class VolumeSize extends TomlScalar {
  private final OptionalLong gigabytes;

  private VolumeSize(Object written, OptionalLong gigabytes) {
    super(written);
    this.gigabytes = gigabytes;
  }

  /**
   * Reads a volume size such as {@code "10gb"} or {@code "10"}.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms when it is not a size
   */
  public static VolumeSize parse(String text) {
    Objects.requireNonNull(text, "text");
    OptionalLong gb = gigabytesOf(text);
    if (gb.isEmpty()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a volume size: write gigabytes as a"
          + " number or with a unit, e.g. \"10gb\" or 10");
    }
    return new VolumeSize(text, gb);
  }

  /** {@code gigabytes} GB, written as {@code "<n>gb"}. */
  public static VolumeSize ofGigabytes(long gigabytes) {
    return new VolumeSize(gigabytes + "gb", OptionalLong.of(gigabytes));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static VolumeSize fromToml(Object value) {
    if (value instanceof Number n) {
      return new VolumeSize(n, OptionalLong.of(n.longValue()));
    }
    if (value instanceof String s) {
      return new VolumeSize(s, gigabytesOf(s));
    }
    throw new IllegalArgumentException("a volume size must be a number of gigabytes or a string such as \"10gb\"");
  }

  /** The size in whole gigabytes, or empty when the written text is not a size flyctl accepts. */
  public OptionalLong gigabytes() {
    return gigabytes;
  }

  private static OptionalLong gigabytesOf(String text) {
    return ByteSizes.parse(text, 1000, "kmgtpezy", 1_000_000_000L);
  }
}
