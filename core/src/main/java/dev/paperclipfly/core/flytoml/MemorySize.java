package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code memory} of a {@code [[vm]]}: a bare number of megabytes ({@code 1024}, {@code "1024"})
 * or a size with a binary unit ({@code "1024mb"}, {@code "1gb"} = 1024 MB, {@code "1.5GiB"} = 1536 MB),
 * read the way flyctl reads it (docker's {@code RAMInBytes}, case-insensitive).
 *
 * <p>A value remembers how it was written and is written back the same way; {@link #equals} compares
 * that written form. A file may hold text that is no size at all: it is kept, {@link #megabytes()} is
 * then empty, and {@code FlyTomlValidator} reports it.
 */
public final class MemorySize {
  private static final Pattern SIZE = Pattern.compile("(?i)^(\\d+(?:\\.\\d+)*) ?([kmgtp])?i?b?$");
  private static final long MIB = 1024L * 1024L;

  private final Object written;
  private final OptionalLong megabytes;

  private MemorySize(Object written, OptionalLong megabytes) {
    this.written = written;
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

  /** The TOML value as written: a {@link String} or a {@link Number}. */
  @JsonValue
  public Object toTomlValue() {
    return written;
  }

  /** The written form, e.g. {@code 1024mb}. */
  @Override
  public String toString() {
    return written.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MemorySize other && written.equals(other.written);
  }

  @Override
  public int hashCode() {
    return written.hashCode();
  }

  private static OptionalLong megabytesOf(String text) {
    String s = text.strip();
    if (s.matches("\\d+")) {
      return OptionalLong.of(Long.parseLong(s));
    }
    Matcher m = SIZE.matcher(s);
    if (!m.matches() || m.group(1).chars().filter(c -> c == '.').count() > 1) {
      return OptionalLong.empty();
    }
    int power = m.group(2) == null ? 0 : "kmgtp".indexOf(Character.toLowerCase(m.group(2).charAt(0))) + 1;
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
    return OptionalLong.of(bytes.longValue() / MIB);
  }
}
