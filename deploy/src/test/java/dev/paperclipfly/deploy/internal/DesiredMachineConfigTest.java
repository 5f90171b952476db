package dev.paperclipfly.deploy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.deploy.DeploymentTarget;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.MachineMount;
import dev.paperclipfly.fly.model.MachineRestart;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesiredMachineConfigTest {
  private final DeploymentTarget target = DeploymentTarget.builder().appName("acme-pc").orgSlug("acme")
      .image("registry.fly.io/acme-pc:1").build();

  @Test
  void aNewMachineRunsTheImageWithTheVolumeMountedById() {
    MachineConfig c = DesiredMachineConfig.of(target, Optional.empty(), "vol_1", "d1");

    assertThat(c.image()).contains("registry.fly.io/acme-pc:1");
    assertThat(c.mounts()).singleElement().satisfies(m -> {
      assertThat(m.volume()).contains("vol_1");
      assertThat(m.path()).contains("/paperclip");
    });
    assertThat(c.metadata()).containsEntry("fly_process_group", "app").containsEntry("paperclipfly_secrets", "d1");
  }

  @Test
  void theHealthCheckOfTheRenderedFlyTomlSendsHostLocalhost() {
    MachineConfig c = DesiredMachineConfig.of(target, Optional.empty(), "vol_1", "d1");

    assertThat(c.services()).isNotEmpty();
    assertThat(c.services().get(0).checks()).isNotEmpty();
    assertThat(c.services().get(0).checks().get(0).headers().toString()).contains("Host").contains("localhost");
  }

  @Test
  void anExistingMachineKeepsItsVolumeAndFieldsFlyTomlDoesNotManage() {
    MachineConfig existing = MachineConfig.builder()
        .addMounts(MachineMount.builder().volume("vol_old").path("/paperclip").build())
        .restart(MachineRestart.builder().policy("always").build())
        .putMetadata("team", "blue")
        .build();

    MachineConfig c = DesiredMachineConfig.of(target, Optional.of(existing), "vol_new", "d1");

    assertThat(c.mounts().get(0).volume()).contains("vol_old");
    assertThat(c.metadata()).containsEntry("team", "blue");
  }

  @Test
  void theSameConfigHasNoDifferencesAndANewImageHasOne() {
    MachineConfig c = DesiredMachineConfig.of(target, Optional.empty(), "vol_1", "d1");

    assertThat(DesiredMachineConfig.differences(c, c)).isEmpty();
    assertThat(DesiredMachineConfig.differences(c, c.withImage("registry.fly.io/acme-pc:0"))).containsExactly("image");
    assertThat(DesiredMachineConfig.differences(c, c.withMetadata(Map.of()))).containsExactly("metadata");
  }

  @Test
  void theSecretsDigestIgnoresOrderAndFollowsEveryDigest() {
    var a = java.util.List.of(new FlyApi.SecretInfo("A", "d1", Optional.empty()), new FlyApi.SecretInfo("B", "d2", Optional.empty()));
    var b = java.util.List.of(new FlyApi.SecretInfo("B", "d2", Optional.empty()), new FlyApi.SecretInfo("A", "d1", Optional.empty()));
    var c = java.util.List.of(new FlyApi.SecretInfo("A", "d1", Optional.empty()), new FlyApi.SecretInfo("B", "d3", Optional.empty()));

    assertThat(DesiredMachineConfig.secretsDigest(a)).isEqualTo(DesiredMachineConfig.secretsDigest(b))
        .isNotEqualTo(DesiredMachineConfig.secretsDigest(c));
  }
}
