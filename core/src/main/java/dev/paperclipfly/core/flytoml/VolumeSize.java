package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A volume size of {@code [[mounts]]} ({@code initial_size}, {@code auto_extend_size_increment},
 * {@code auto_extend_size_limit}): a bare number of gigabytes ({@code 10}) or a size with a decimal
 * unit ({@code "10gb"}, {@code "500GB"}), read the way flyctl reads it (docker's
 * {@code FromHumanSize}, whole gigabytes, 1 GB = 1000 MB).
 *
 * <p>A value remembers how it was written and is written back the same way. Text that is no size
 * is kept; {@link #gigabytes()} is then empty and {@code FlyTomlValidator} reports it.
 */
public final class VolumeSize {
  private static final Pattern SIZE = Pattern.compile("(?i)^(\\d+(?:\\.\\d+)?) ?([kmgtpezy])?i?b?$");
  private static final BigDecimal GB = BigDecimal.valueOf(1_000_000_000L);

  private final Object written;
  private final OptionalLong gigabytes;

  private VolumeSize(Object written, OptionalLong gigabytes) {
    this.written = written;
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

  /** The TOML value as written: a {@link String} or a {@link Number}. */
  @JsonValue
  public Object toTomlValue() {
    return written;
  }

  /** The written form, e.g. {@code 10gb}. */
  @Override
  public String toString() {
    return written.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VolumeSize other && written.equals(other.written);
  }

  @Override
  public int hashCode() {
    return written.hashCode();
  }

  private static OptionalLong gigabytesOf(String text) {
    String s = text.strip();
    if (s.matches("\\d+")) {
      return OptionalLong.of(Long.parseLong(s));
    }
    Matcher m = SIZE.matcher(s);
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    int power = m.group(2) == null ? 0 : "kmgtpezy".indexOf(Character.toLowerCase(m.group(2).charAt(0))) + 1;
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1000).pow(power));
    return OptionalLong.of(bytes.divideToIntegralValue(GB).longValue());
  }
}
