package dev.paperclipfly.core.flytoml;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A duration as fly.toml writes it: a Go duration string ({@code "30s"}, {@code "1m30s"},
 * {@code "500ms"}) or, in older files, a bare number whose unit depends on the field (seconds for
 * {@code kill_timeout}, milliseconds for service and top-level check timings, nanoseconds
 * elsewhere, as flyctl reads them).
 *
 * <p>A value remembers how it was written, so an unchanged value is written back exactly as read;
 * {@link #equals} compares that written form. Compare {@link #toDuration()} to compare lengths.
 */
@JsonDeserialize(using = FlyDurationDeserializer.class)
public final class FlyDuration extends TomlScalar {
  private static final Pattern COMPONENT = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)");

  private final Duration duration;

  private FlyDuration(Duration duration, Object written) {
    super(written);
    this.duration = duration;
  }

  /**
   * Reads a Go duration string: a sequence of decimal numbers with units {@code ns, us, ms, s, m, h},
   * optionally signed, or {@code "0"}.
   *
   * @throws IllegalArgumentException naming the text and the accepted form when it is not a duration
   */
  public static FlyDuration parse(String text) {
    Objects.requireNonNull(text, "text");
    return new FlyDuration(parseGo(text), text);
  }

  /** A duration written in Go's compact form: {@code 90s} as {@code "1m30s"}, {@code 0.5s} as {@code "500ms"}. */
  public static FlyDuration of(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return new FlyDuration(duration, formatGo(duration));
  }

  /** {@code seconds} seconds, written as a Go duration string. */
  public static FlyDuration ofSeconds(long seconds) {
    return of(Duration.ofSeconds(seconds));
  }

  /**
   * A bare number as an older fly.toml writes it, read in {@code unit} (flyctl's unit for that field);
   * it is written back as the same bare number. Only reading creates these, since the unit belongs to
   * the field: code builds durations from strings or {@link Duration}s.
   */
  static FlyDuration ofNumber(Number number, TimeUnit unit) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(unit, "unit");
    BigDecimal nanos = new BigDecimal(number.toString()).multiply(BigDecimal.valueOf(unit.toNanos(1)));
    if (nanos.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(number + " " + unit.name().toLowerCase(Locale.ROOT)
          + " is too long for a duration: write a duration string such as \"30s\"");
    }
    return new FlyDuration(Duration.ofNanos(nanos.longValue()), number);
  }

  /** The length of time. */
  public Duration toDuration() {
    return duration;
  }

  /** True when the file holds a bare number rather than a duration string. */
  public boolean isBareNumber() {
    return toTomlValue() instanceof Number;
  }

  /** Equal when written the same way and, for bare numbers, read in the same unit. */
  @Override
  public boolean equals(Object o) {
    return super.equals(o) && duration.equals(((FlyDuration) o).duration);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  private static Duration parseGo(String text) {
    String s = text;
    boolean negative = false;
    if (s.startsWith("-") || s.startsWith("+")) {
      negative = s.startsWith("-");
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw notADuration(text);
    }
    Matcher m = COMPONENT.matcher(s);
    BigDecimal nanos = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        throw notADuration(text);
      }
      nanos = nanos.add(new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1))
          .multiply(BigDecimal.valueOf(nanosPer(m.group(2)))));
      at = m.end();
    }
    if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      // Go's durations are 64-bit nanoseconds (about 292 years); flyctl rejects longer ones.
      throw new IllegalArgumentException("\"" + text + "\" is too long for a duration: write at most about 2562047h");
    }
    Duration d = Duration.ofNanos(nanos.longValue());
    return negative ? d.negated() : d;
  }

  private static long nanosPer(String unit) {
    return switch (unit) {
      case "ns" -> 1L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      case "h" -> 3_600_000_000_000L;
      default -> 1_000L; // us, µs, μs
    };
  }

  private static IllegalArgumentException notADuration(String text) {
    return new IllegalArgumentException("\"" + text + "\" is not a duration: write a number with a unit"
        + " (ns, us, ms, s, m, h), e.g. \"30s\", \"1m30s\" or \"500ms\"");
  }

  private static String formatGo(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative()) {
      return "-" + formatGo(duration.negated());
    }
    StringBuilder out = new StringBuilder();
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    int nanos = duration.toNanosPart();
    append(out, hours, "h");
    append(out, minutes, "m");
    append(out, seconds, "s");
    append(out, nanos / 1_000_000, "ms");
    append(out, nanos / 1_000 % 1_000, "us");
    append(out, nanos % 1_000, "ns");
    return out.toString();
  }

  private static void append(StringBuilder out, long amount, String unit) {
    if (amount != 0) {
      out.append(amount).append(unit);
    }
  }
}
