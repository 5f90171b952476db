package dev.paperclipfly.fly.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in the form the Machines API speaks: Go's {@code time.Duration} text ({@code "10s"},
 * {@code "1m21s"}, {@code "500ms"}). Internal.
 */
public final class GoDurations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private GoDurations() {}

  /**
   * Go's {@code Duration.String()}: {@code 2m0s}, {@code 1m21s}, {@code 10s}, {@code 500ms},
   * {@code 1.5s}, {@code 0s}.
   */
  public static String format(Duration d) {
    long nanos = d.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    String sign = nanos < 0 ? "-" : "";
    long n = Math.abs(nanos);
    if (n < NANOS_PER_SECOND) {
      if (n < 1_000L) {
        return sign + n + "ns";
      }
      if (n < 1_000_000L) {
        return sign + fraction(n, 1_000L) + "µs";
      }
      return sign + fraction(n, 1_000_000L) + "ms";
    }
    long hours = n / (3600 * NANOS_PER_SECOND);
    long rest = n % (3600 * NANOS_PER_SECOND);
    long minutes = rest / (60 * NANOS_PER_SECOND);
    long secNanos = rest % (60 * NANOS_PER_SECOND);
    StringBuilder sb = new StringBuilder(sign);
    if (hours > 0) {
      sb.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      sb.append(minutes).append('m');
    }
    sb.append(fraction(secNanos, NANOS_PER_SECOND)).append('s');
    return sb.toString();
  }

  private static String fraction(long value, long unit) {
    return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
  }

  /**
   * Parses Go duration text such as {@code "1m30s"} or {@code "250ms"}.
   *
   * @throws IllegalArgumentException quoting the text when it is not a Go duration
   */
  public static Duration parse(String text) {
    String s = text.strip();
    boolean negative = s.startsWith("-");
    if (negative || s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = PART.matcher(s);
    BigDecimal totalNanos = BigDecimal.ZERO;
    int end = 0;
    while (m.lookingAt()) {
      totalNanos = totalNanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
      end = m.end();
      m.region(end, s.length());
    }
    if (end == 0 || end != s.length()) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a duration: write it like \"10s\", \"1m30s\" or \"500ms\"");
    }
    Duration d = Duration.ofNanos(totalNanos.longValue());
    return negative ? d.negated() : d;
  }

  private static long unitNanos(String unit) {
    switch (unit) {
      case "ns":
        return 1L;
      case "us":
      case "µs":
      case "μs":
        return 1_000L;
      case "ms":
        return 1_000_000L;
      case "s":
        return NANOS_PER_SECOND;
      case "m":
        return 60 * NANOS_PER_SECOND;
      default:
        return 3600 * NANOS_PER_SECOND;
    }
  }
}
