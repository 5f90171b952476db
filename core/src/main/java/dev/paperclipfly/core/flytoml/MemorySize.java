package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.paperclipfly.core.flytoml.internal.ByteSizes;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The {@code memory} of a {@code [[vm]]}: a bare number of megabytes ({@code 1024}, {@code "1024"})
 * or a size with a binary unit ({@code "1024mb"}, {@code "1gb"} = 1024 MB, {@code "1.5GiB"} = 1536 MB),
 * read the way flyctl reads it (docker's {@code RAMInBytes}, case-insensitive).
 *
 * <p>A value remembers how it was written and is written back the same way; {@link #equals} compares
 * that written form. A file may hold text that is no size at all: it is kept, {@link #megabytes()} is
 * then empty, and {@code FlyTomlValidator} reports it.
 */
public final class MemorySize extends TomlScalar {
  private final OptionalLong megabytes;

  private MemorySize(Object written, OptionalLong megabytes) {
    super(written);
    this.megabytes = megabytes;
  }

  /**
   * Reads a memory size such as {@code "1024mb"}, {@code "1gb"} or {@code "512"}.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms when it is not a size
   */
  public static MemorySize parse(String text) {
    Objects.requireNonNull(text, "text");
    OptionalLong mb = megabytesOf(text);
    if (mb.isEmpty()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a memory size: write megabytes as a"
          + " number or with a unit, e.g. \"1024mb\", \"1gb\" or 512");
    }
    return new MemorySize(text, mb);
  }

  /** {@code megabytes} MB, written as {@code "<n>mb"}. */
  public static MemorySize ofMegabytes(long megabytes) {
    return new MemorySize(megabytes + "mb", OptionalLong.of(megabytes));
  }

  /** {@code gigabytes} GB (1 GB = 1024 MB), written as {@code "<n>gb"}. */
  public static MemorySize ofGigabytes(long gigabytes) {
    return new MemorySize(gigabytes + "gb", OptionalLong.of(gigabytes * 1024));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static MemorySize fromToml(Object value) {
    if (value instanceof Number n) {
      return new MemorySize(n, OptionalLong.of(n.longValue()));
    }
    if (value instanceof String s) {
      return new MemorySize(s, megabytesOf(s));
    }
    throw new IllegalArgumentException("memory must be a number of megabytes or a string such as \"1gb\"");
  }

  /** The size in megabytes, or empty when the written text is not a size flyctl accepts. */
  public OptionalLong megabytes() {
    return megabytes;
  }

  private static OptionalLong megabytesOf(String text) {
    return ByteSizes.parse(text, 1024, "kmgtp", 1024L * 1024L);
  }
}
