package dev.paperclipfly.deploy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.deploy.DeploymentTarget;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MachineConfigMapperTest {
  private final DeploymentTarget target = DeploymentTarget.builder().appName("acme-pc").orgSlug("acme")
      .image("registry.fly.io/acme-pc:1").build();

  private static ObjectNode json(String s) {
    return (ObjectNode) JsonHttp.JSON.readTree(s);
  }

  @Test
  void theHealthCheckSendsHostLocalhostWithTheSeedsGracePeriod() {
    ObjectNode c = MachineConfigMapper.desired(target, json("{}"), "vol_1", "d");

    ObjectNode check = (ObjectNode) c.path("services").get(0).path("checks").get(0);
    assertThat(check.path("path").asString()).isEqualTo("/api/health");
    assertThat(check.path("grace_period").asString()).isEqualTo("120s");
    assertThat(check.path("headers").toString()).isEqualTo("[{\"name\":\"Host\",\"values\":[\"localhost\"]}]");
    assertThat(c.path("guest").path("memory_mb").asInt()).isEqualTo(1024);
    assertThat(c.path("services").get(0).path("min_machines_running").asInt()).isEqualTo(1);
  }

  @Test
  void anExistingMachineKeepsItsVolumeAndFieldsTheDeploymentDoesNotManage() {
    ObjectNode existing = json("{\"mounts\":[{\"volume\":\"vol_old\",\"path\":\"/paperclip\"}],"
        + "\"restart\":{\"policy\":\"always\"},\"metadata\":{\"team\":\"blue\"}}");

    ObjectNode c = MachineConfigMapper.desired(target, existing, "vol_new", "d");

    assertThat(c.path("mounts").get(0).path("volume").asString()).isEqualTo("vol_old");
    assertThat(c.path("restart").path("policy").asString()).isEqualTo("always");
    assertThat(c.path("metadata").path("team").asString()).isEqualTo("blue");
    assertThat(c.path("metadata").path("fly_process_group").asString()).isEqualTo("app");
  }

  @Test
  void defaultsFlyAddsToAConfigAreNotADifference() {
    ObjectNode desired = MachineConfigMapper.desired(target, json("{}"), "vol_1", "d");
    ObjectNode actual = desired.deepCopy();
    ((ObjectNode) actual.path("guest")).put("kernel_args", (String) null);
    ((ObjectNode) actual.path("services").get(0).path("ports").get(0)).put("force_https", false);
    actual.putObject("init");

    assertThat(MachineConfigMapper.differences(desired, actual)).isEmpty();
  }

  @Test
  void aChangedImageOrAnExtraEnvVariableIsADifference() {
    ObjectNode desired = MachineConfigMapper.desired(target, json("{}"), "vol_1", "d");
    ObjectNode actual = desired.deepCopy();
    actual.put("image", "registry.fly.io/acme-pc:0");
    ((ObjectNode) actual.path("env")).put("LEFT_OVER", "1");

    assertThat(MachineConfigMapper.differences(desired, actual)).containsExactly("image", "env");
  }

  @Test
  void theSecretsDigestChangesWhenAnyDigestChanges() {
    var a = List.of(new FlyApi.SecretInfo("A", "d1", java.util.Optional.empty()),
        new FlyApi.SecretInfo("B", "d2", java.util.Optional.empty()));
    var b = List.of(new FlyApi.SecretInfo("B", "d2", java.util.Optional.empty()),
        new FlyApi.SecretInfo("A", "d1", java.util.Optional.empty()));
    var c = List.of(new FlyApi.SecretInfo("A", "d1", java.util.Optional.empty()),
        new FlyApi.SecretInfo("B", "d3", java.util.Optional.empty()));

    assertThat(MachineConfigMapper.secretsDigest(a)).isEqualTo(MachineConfigMapper.secretsDigest(b))
        .isNotEqualTo(MachineConfigMapper.secretsDigest(c));
  }

  @Test
  void macaroonTokensUseTheFlyV1Scheme() {
    assertThat(HttpFlyApi.authorization(dev.paperclipfly.core.Secret.of("FlyV1 fm2_abc"))).isEqualTo("FlyV1 fm2_abc");
    assertThat(HttpFlyApi.authorization(dev.paperclipfly.core.Secret.of("fm2_abc"))).isEqualTo("FlyV1 fm2_abc");
    assertThat(HttpFlyApi.authorization(dev.paperclipfly.core.Secret.of("oauth-token"))).isEqualTo("Bearer oauth-token");
  }
}
