package dev.paperclipfly.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.validation.ValidationException;
import dev.paperclipfly.templates.PaperclipDeployment;
import org.junit.jupiter.api.Test;

class DeploymentTargetTest {
  @Test
  void everyProblemOfATargetIsReportedAtOnceWithItsField() {
    assertThatThrownBy(() -> DeploymentTarget.builder().appName("Acme_PC").orgSlug(" ").region("sanjose")
        .image("registry.fly.io/acme:1").volumeName("paperclip-data").addTailnetTags("paperclip")
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("appName")
        .hasMessageContaining("orgSlug")
        .hasMessageContaining("region")
        .hasMessageContaining("volumeName")
        .hasMessageContaining("tailnetTags");
  }

  @Test
  void aTargetForATemplatesDeploymentCarriesItsRenderedFlyToml() {
    PaperclipDeployment d = PaperclipDeployment.builder().appName("acme-pc").org("acme").primaryRegion("ams")
        .tailnetDnsSuffix("tail1234ab.ts.net").build();

    DeploymentTarget t = DeploymentTarget.forDeployment(d, "registry.fly.io/acme-pc:1").build();

    assertThat(t.region()).isEqualTo("ams");
    assertThat(t.tailnetDnsName()).contains("tail1234ab.ts.net");
    assertThat(t.flyToml().get().app()).contains("acme-pc");
    assertThat(t.flyToml().get().primaryRegion()).contains("ams");
  }

  @Test
  void aFlyTomlForAnotherAppOrRegionIsRefused() {
    PaperclipDeployment other = PaperclipDeployment.builder().appName("other-pc").org("acme").primaryRegion("ams").build();
    var toml = DeploymentTarget.forDeployment(other, "img:1").build().resolvedFlyToml();

    assertThatThrownBy(() -> FakeCloud.target("acme-pc").flyToml(toml).build())
        .hasMessageContaining("flyToml.app")
        .hasMessageContaining("flyToml.primary_region");
  }

  @Test
  void generatedSecretsCannotBeNamedForReplacement() {
    assertThatThrownBy(() -> FakeCloud.target("acme-pc").addReplaceSecrets("BETTER_AUTH_SECRET").build())
        .hasMessageContaining("generated secrets are never rotated silently");
  }

  @Test
  void theDefaultsAreTheSeedDeployments() {
    DeploymentTarget t = DeploymentTarget.builder().appName("acme-pc").orgSlug("acme").image("img:1").build();

    assertThat(t.region()).isEqualTo("sjc");
    assertThat(t.volumeName()).isEqualTo("paperclip_data");
    assertThat(t.resolvedFlyToml().mounts().get(0).destination()).contains("/paperclip");
    assertThat(t.allowTailnetSettingsChanges()).isFalse();
  }

  @Test
  void aTargetPrintsWithoutItsClaudeToken() {
    DeploymentTarget t = FakeCloud.target("acme-pc").claudeCodeOAuthToken(Secret.of("sk-ant-oat01-visible?")).build();

    assertThat(t.toString()).doesNotContain("sk-ant-oat01-visible?");
  }

  @Test
  void credentialsNeedExactlyOneTailscaleCredential() {
    assertThatThrownBy(() -> Credentials.builder().flyToken(Secret.of("fly")).build())
        .hasMessageContaining("exactly one Tailscale credential");
    assertThatThrownBy(() -> Credentials.builder().flyToken(Secret.of("fly")).tailscaleOAuthClientId("k1").build())
        .hasMessageContaining("go together");
  }

  @Test
  void anAdminInvitePrintsMasked() {
    AdminInvite invite = new AdminInvite(Secret.of("https://acme-pc.tail1.ts.net/invite/pcp_bootstrap_abc"));

    assertThat(invite.toString()).doesNotContain("pcp_bootstrap");
    assertThat(invite.reveal()).endsWith("pcp_bootstrap_abc");
  }
}
