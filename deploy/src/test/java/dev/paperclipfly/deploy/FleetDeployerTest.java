package dev.paperclipfly.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.testkit.OperationKind;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FleetDeployerTest {
  private final FakeCloud cloud = new FakeCloud();

  @AfterEach
  void everyCallFitsTheVendorsDocuments() {
    cloud.checkTrafficAndClose();
  }

  private static List<DeploymentTarget> fleet(int n) {
    return IntStream.range(0, n).mapToObj(i -> FakeCloud.target("client-" + i).build()).toList();
  }

  @Test
  void everyDeploymentOfTheFleetIsAppliedAndReported() {
    FleetReport report = FleetDeployer.of(cloud.deployer(), 4).apply(fleet(6), e -> {});

    assertThat(report.allSucceeded()).as(report.toString()).isTrue();
    assertThat(report.entries()).extracting(FleetEntry::appName)
        .containsExactly("client-0", "client-1", "client-2", "client-3", "client-4", "client-5");
    assertThat(cloud.fly.state().appNames()).hasSize(6);
    assertThat(report.entries()).allSatisfy(e -> assertThat(e.result().get().adminInvite()).isPresent());
  }

  @Test
  void oneFailingDeploymentDoesNotStopTheOthers() {
    cloud.fly.state().createApp("client-2", "someone-else");

    FleetReport report = FleetDeployer.of(cloud.deployer(), 3).apply(fleet(5), e -> {});

    assertThat(report.failures()).extracting(FleetEntry::appName).containsExactly("client-2");
    assertThat(report.failures().get(0).failure().get()).hasMessageContaining("belongs to organisation someone-else");
    assertThat(report.entries()).filteredOn(FleetEntry::succeeded).hasSize(4);
  }

  @Test
  void noMoreDeploymentsRunAtOnceThanAllowed() {
    Set<String> threads = ConcurrentHashMap.newKeySet();

    FleetDeployer.of(cloud.deployer(), 2).apply(fleet(6), e -> threads.add(Thread.currentThread().getName()));

    assertThat(threads).hasSize(2);
  }

  @Test
  void reApplyingAnUnchangedFleetChangesNothing() {
    FleetDeployer fleet = FleetDeployer.of(cloud.deployer(), 4);
    fleet.apply(fleet(5), e -> {});
    cloud.clearRequestLogs();

    FleetReport again = fleet.apply(fleet(5), e -> {});

    assertThat(again.entries()).noneMatch(e -> e.result().get().changedAnything());
    assertThat(cloud.fly.requests().count(OperationKind.MUTATION)).isZero();
    assertThat(cloud.tailscale.requests().count(OperationKind.MUTATION)).isZero();
  }

  @Test
  void theSameAppTwiceInOneFleetIsRefused() {
    List<DeploymentTarget> twice = List.of(FakeCloud.target("client-0").build(), FakeCloud.target("client-0").build());

    assertThatThrownBy(() -> FleetDeployer.of(cloud.deployer(), 2).apply(twice, e -> {}))
        .hasMessageContaining("client-0 appears twice");
  }
}
