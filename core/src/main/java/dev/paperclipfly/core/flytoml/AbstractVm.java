package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A {@code [[vm]]} section: the Machine size for some or all process groups.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Vm.class)
@JsonDeserialize(builder = Vm.Builder.class)
public abstract class AbstractVm {

  /** {@code size}: A preset such as {@code shared-cpu-1x} or {@code performance-2x}. */
  @JsonProperty("size")
  public abstract Optional<String> size();

  /** {@code memory}: Overrides the preset's memory. */
  @JsonProperty("memory")
  public abstract Optional<MemorySize> memory();

  /** {@code cpu_kind}: {@code shared} or {@code performance}. */
  @JsonProperty("cpu_kind")
  public abstract Optional<String> cpuKind();

  /** {@code cpus}. */
  @JsonProperty("cpus")
  public abstract Optional<Integer> cpus();

  /** {@code memory_mb}. */
  @JsonProperty("memory_mb")
  public abstract Optional<Integer> memoryMb();

  /** {@code gpus}. */
  @JsonProperty("gpus")
  public abstract Optional<Integer> gpus();

  /** {@code gpu_kind}. */
  @JsonProperty("gpu_kind")
  public abstract Optional<String> gpuKind();

  /** {@code host_dedication_id}. */
  @JsonProperty("host_dedication_id")
  public abstract Optional<String> hostDedicationId();

  /** {@code persist_rootfs}. */
  @JsonProperty("persist_rootfs")
  public abstract Optional<String> persistRootfs();

  /** {@code kernel_args}. */
  @JsonProperty("kernel_args")
  public abstract List<String> kernelArgs();

  /** {@code processes}. */
  @JsonProperty("processes")
  public abstract List<String> processes();

  /**
   * The Machine guest flyctl builds from this section: the {@code size} preset (or
   * {@code shared-cpu-1x}, {@code performance-8x} with a {@code gpu_kind}), then {@code memory}, then
   * {@code cpu_kind}, {@code cpus} and {@code memory_mb}, each overriding the one before. Empty when the
   * size is unknown, the memory is not a size, or the CPU kind or count is not one Fly has.
   */
  public Optional<VmSize> guest() {
    Optional<VmSize> preset = size().isPresent()
        ? size().flatMap(VmSize::named)
        : VmSize.named(gpuKind().isPresent() ? "performance-8x" : "shared-cpu-1x");
    if (preset.isEmpty() || memory().map(m -> m.megabytes().isEmpty()).orElse(false)) {
      return Optional.empty();
    }
    String cpuKind = cpuKind().orElse(preset.get().cpuKind());
    int cpus = cpus().orElse(preset.get().cpus());
    long memoryMb = memoryMb().map(Integer::longValue)
        .orElse(memory().map(m -> m.megabytes().getAsLong()).orElse(preset.get().memoryMb()));
    if (cpus < 1 || !(cpuKind.equals("shared") || cpuKind.equals("performance"))) {
      return Optional.empty();
    }
    return Optional.of(new VmSize(preset.get().name(), cpuKind, cpus, memoryMb));
  }

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
