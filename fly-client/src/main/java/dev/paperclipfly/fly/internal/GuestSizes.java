package dev.paperclipfly.fly.internal;

import dev.paperclipfly.fly.model.MachineGuest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fly's VM size presets and the memory and volume size notations fly.toml accepts, as flyctl reads
 * them. Internal.
 */
public final class GuestSizes {
  /** The size used when a {@code [[vm]]} names none. */
  public static final String DEFAULT_SIZE = "shared-cpu-1x";
  /** The size used when a {@code [[vm]]} names a GPU kind but no size. */
  public static final String DEFAULT_GPU_SIZE = "performance-8x";

  private static final Map<String, MachineGuest> PRESETS = new LinkedHashMap<>();
  // docker/go-units RAMInBytes: binary units, case-insensitive, optional "i" and "b".
  private static final Pattern SIZE = Pattern.compile("(?i)^(\\d+(?:\\.\\d+)*) ?([kmgtp])?i?b?$");

  static {
    for (int cpus : new int[] {1, 2, 4, 6, 8}) {
      PRESETS.put("shared-cpu-" + cpus + "x",
          MachineGuest.builder().cpuKind("shared").cpus(cpus).memoryMb(256 * cpus).build());
    }
    for (int cpus : new int[] {1, 2, 4, 6, 8, 10, 12, 14, 16}) {
      PRESETS.put("performance-" + cpus + "x",
          MachineGuest.builder().cpuKind("performance").cpus(cpus).memoryMb(2048 * cpus).build());
    }
    String[][] gpus = {{"a100-40gb", "a100-pcie-40gb"}, {"a100-80gb", "a100-sxm4-80gb"}, {"l40s", "l40s"},
        {"a10", "a10"}};
    for (String[] g : gpus) {
      PRESETS.put(g[0], MachineGuest.builder().cpuKind("performance").cpus(8).memoryMb(32768).gpuKind(g[1]).gpus(1)
          .build());
    }
  }

  private GuestSizes() {}

  /** The preset named {@code size}, or empty for an unknown name. */
  public static Optional<MachineGuest> preset(String size) {
    return Optional.ofNullable(PRESETS.get(size.toLowerCase(Locale.ROOT)));
  }

  /** Every preset name, for messages. */
  public static String presetNames() {
    return String.join(", ", PRESETS.keySet());
  }

  /**
   * Memory in MiB: a bare number is MiB, otherwise binary units ({@code "1gb"} = {@code "1g"} =
   * {@code "1GiB"} = 1024).
   *
   * @throws IllegalArgumentException for text that is not a size
   */
  public static int memoryMb(String text) {
    String t = text.strip();
    if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
      return Integer.parseInt(t);
    }
    return (int) (bytes(t, 1024) / (1024L * 1024L));
  }

  /**
   * A volume size in GB: a bare number is GB, otherwise decimal units ({@code "30gb"} = 30).
   *
   * @throws IllegalArgumentException for text that is not a size
   */
  public static int volumeGb(String text) {
    String t = text.strip();
    if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
      return Integer.parseInt(t);
    }
    return (int) (bytes(t, 1000) / 1_000_000_000L);
  }

  private static long bytes(String text, int base) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a size: write it like \"512mb\" or \"2gb\"");
    }
    BigDecimal n = new BigDecimal(m.group(1));
    int power = m.group(2) == null ? 0 : "kmgtp".indexOf(Character.toLowerCase(m.group(2).charAt(0))) + 1;
    return n.multiply(BigDecimal.valueOf(base).pow(power)).longValue();
  }
}
