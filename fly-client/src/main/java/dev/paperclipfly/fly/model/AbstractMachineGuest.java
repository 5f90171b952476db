package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.MachineGuest} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineGuest.class)
@JsonDeserialize(as = MachineGuest.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineGuest {
  @JsonProperty("cpu_kind")
  Optional<String> cpuKind();

  @JsonProperty("cpus")
  Optional<Integer> cpus();

  @JsonProperty("gpu_kind")
  Optional<String> gpuKind();

  @JsonProperty("gpus")
  Optional<Integer> gpus();

  @JsonProperty("host_dedication_id")
  Optional<String> hostDedicationId();

  @JsonProperty("kernel_args")
  List<String> kernelArgs();

  @JsonProperty("max_memory_mb")
  Optional<Integer> maxMemoryMb();

  @JsonProperty("memory_mb")
  Optional<Integer> memoryMb();

  /** Deprecated: use MachineConfig.Rootfs instead One of {@code never}, {@code always}, {@code restart}. */
  @JsonProperty("persist_rootfs")
  Optional<String> persistRootfs();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
