package dev.paperclipfly.core.flytoml.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human-readable byte sizes as docker's go-units reads them for flyctl: a number, an optional space,
 * an optional unit prefix, then optional {@code i} and {@code b}, case-insensitive ({@code "1gb"},
 * {@code "1.5 GiB"}, {@code "512m"}). A bare whole number is already in the target unit.
 */
public final class ByteSizes {
  private static final Pattern SIZE = Pattern.compile("(?i)^(\\d+(?:\\.\\d+)?) ?([kmgtpezy])?i?b?$");

  private ByteSizes() {}

  /**
   * The size in whole target units (rounded down), or empty when the text is no size.
   *
   * @param base 1024 for memory ({@code RAMInBytes}), 1000 for volumes ({@code FromHumanSize})
   * @param prefixes the unit prefixes in increasing order, e.g. {@code "kmgtp"}
   * @param unitBytes bytes in one target unit (1 MiB for memory, 1 GB for volumes)
   */
  public static OptionalLong parse(String text, int base, String prefixes, long unitBytes) {
    String s = text.strip();
    if (s.matches("\\d+")) {
      return OptionalLong.of(Long.parseLong(s));
    }
    Matcher m = SIZE.matcher(s);
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    int power = 0;
    if (m.group(2) != null) {
      power = prefixes.indexOf(Character.toLowerCase(m.group(2).charAt(0))) + 1;
      if (power == 0) {
        return OptionalLong.empty();
      }
    }
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(base).pow(power));
    return OptionalLong.of(bytes.divide(BigDecimal.valueOf(unitBytes), 0, RoundingMode.DOWN).longValueExact());
  }
}
