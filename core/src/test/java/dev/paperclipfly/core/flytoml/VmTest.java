package dev.paperclipfly.core.flytoml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VmTest {

  @Test
  void theSeedVmIsOneSharedCpuWith1024Megabytes() {
    Vm vm = Vm.builder().size("shared-cpu-1x").memory(MemorySize.parse("1024mb")).build();

    assertThat(vm.guest()).hasValue(new VmSize("shared-cpu-1x", "shared", 1, 1024));
  }

  @Test
  void withoutASizeTheGuestStartsFromSharedCpu1x() {
    assertThat(Vm.builder().build().guest()).hasValue(new VmSize("shared-cpu-1x", "shared", 1, 256));
  }

  @Test
  void withAGpuKindAndNoSizeTheGuestStartsFromPerformance8x() {
    assertThat(Vm.builder().gpuKind("a100-pcie-40gb").build().guest())
        .hasValue(new VmSize("performance-8x", "performance", 8, 16384));
  }

  @Test
  void cpusCpuKindAndMemoryMbOverrideThePresetAndMemory() {
    Vm vm = Vm.builder().size("shared-cpu-1x").memory(MemorySize.ofGigabytes(1)).memoryMb(4096)
        .cpuKind("performance").cpus(2).build();

    assertThat(vm.guest()).hasValue(new VmSize("shared-cpu-1x", "performance", 2, 4096));
  }

  @Test
  void anUnknownSizeOrUnreadableMemoryGivesNoGuest() {
    assertThat(Vm.builder().size("huge").build().guest()).isEmpty();
    assertThat(FlyTomlReader.read("[[vm]]\nmemory = \"lots\"\n").vm().get(0).guest()).isEmpty();
  }
}
