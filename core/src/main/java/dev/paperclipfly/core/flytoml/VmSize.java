package dev.paperclipfly.core.flytoml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Machine size presets flyctl knows for {@code [[vm]] size}, with their CPU kind, CPU count and
 * memory, and Fly's memory bounds per CPU.
 *
 * @param name the preset name, e.g. {@code shared-cpu-1x}
 * @param cpuKind {@code shared} or {@code performance}
 * @param cpus number of CPUs
 * @param memoryMb memory of the preset in MB
 */
public record VmSize(String name, String cpuKind, int cpus, long memoryMb) {
  /** Least memory per shared CPU, in MB. */
  public static final long MIN_MB_PER_SHARED_CPU = 256;
  /** Most memory per shared CPU, in MB. */
  public static final long MAX_MB_PER_SHARED_CPU = 2048;
  /** Least memory per performance CPU, in MB. */
  public static final long MIN_MB_PER_PERFORMANCE_CPU = 2048;
  /** Most memory per performance CPU, in MB. */
  public static final long MAX_MB_PER_PERFORMANCE_CPU = 8192;

  private static final Map<String, VmSize> PRESETS = presets();

  /** The preset of that name, if flyctl knows it. */
  public static Optional<VmSize> named(String name) {
    return Optional.ofNullable(PRESETS.get(name));
  }

  /** Every preset name, smallest first within each family. */
  public static Set<String> names() {
    return PRESETS.keySet();
  }

  /** The least memory Fly allows for {@code cpus} CPUs of a kind, in MB. */
  public static long minMemoryMb(String cpuKind, int cpus) {
    return cpus * ("performance".equals(cpuKind) ? MIN_MB_PER_PERFORMANCE_CPU : MIN_MB_PER_SHARED_CPU);
  }

  /** The most memory Fly allows for {@code cpus} CPUs of a kind, in MB. */
  public static long maxMemoryMb(String cpuKind, int cpus) {
    return cpus * ("performance".equals(cpuKind) ? MAX_MB_PER_PERFORMANCE_CPU : MAX_MB_PER_SHARED_CPU);
  }

  private static Map<String, VmSize> presets() {
    Map<String, VmSize> p = new LinkedHashMap<>();
    for (int cpus : new int[] {1, 2, 4, 6, 8}) {
      p.put("shared-cpu-" + cpus + "x", new VmSize("shared-cpu-" + cpus + "x", "shared", cpus, cpus * MIN_MB_PER_SHARED_CPU));
    }
    for (int cpus : new int[] {1, 2, 4, 6, 8, 10, 12, 14, 16}) {
      p.put("performance-" + cpus + "x",
          new VmSize("performance-" + cpus + "x", "performance", cpus, cpus * MIN_MB_PER_PERFORMANCE_CPU));
    }
    // GPU presets: 8 performance CPUs and 32 GB each (fly-go MachinePresets).
    for (String gpu : new String[] {"a10", "l40s", "a100-40gb", "a100-80gb"}) {
      p.put(gpu, new VmSize(gpu, "performance", 8, 16 * MIN_MB_PER_PERFORMANCE_CPU));
    }
    return Collections.unmodifiableMap(p);
  }
}
