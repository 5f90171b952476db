package dev.paperclipfly.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class DeploymentTargetTest {
  @Test
  void everyProblemOfATargetIsReportedAtOnceWithItsField() {
    assertThatThrownBy(() -> DeploymentTarget.builder().appName("Acme_PC").orgSlug(" ").region("sanjose")
        .image("registry.fly.io/acme:1").memoryMb(512).volumeName("paperclip-data").addTailnetTags("paperclip")
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("appName")
        .hasMessageContaining("orgSlug")
        .hasMessageContaining("region")
        .hasMessageContaining("volumeName")
        .hasMessageContaining("512 MB is too little")
        .hasMessageContaining("tailnetTags");
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
    assertThat(t.memoryMb()).isEqualTo(1024);
    assertThat(t.mountPath()).isEqualTo("/paperclip");
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
