package dev.paperclipfly.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every field is checked before anything is rendered; hostile input gets a clear error, never a file. */
class PaperclipDeploymentValidationTest {

  private static List<String> problemPaths(UnaryOperator<PaperclipDeployment.Builder> edit) {
    try {
      edit.apply(PaperclipDeployment.builder().appName("my-paperclip").org("personal").primaryRegion("sjc")).build();
    } catch (ValidationException e) {
      return e.result().errors().stream().map(Problem::path).toList();
    }
    return List.of();
  }

  @Test
  void theMinimalDeploymentHasSafeDefaults() {
    PaperclipDeployment d = Deployments.minimal();
    assertThat(d.paperclipVersion()).isEqualTo("2026.916.1");
    assertThat(d.memoryMb()).isEqualTo(1024);
    assertThat(d.agentClis()).containsExactly(AgentCli.claudeCode());
    assertThat(d.database()).isEqualTo(Database.localPostgres());
    assertThat(d.storage()).isEqualTo(Storage.localDisk());
    assertThat(d.closeSignUpAfterBootstrap()).isTrue();
  }

  @ParameterizedTest(name = "app name {0} is rejected")
  @ValueSource(strings = {"", "My-App", "1app", "app-", "app_name", "x\"; rm -rf /", "a$(id)",
      "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij"})
  void badAppNamesAreRejected(String name) {
    assertThat(problemPaths(b -> b.appName(name))).containsExactly("appName");
  }

  @ParameterizedTest(name = "region {0} is rejected")
  @ValueSource(strings = {"SJC", "sj", "sjc1", "sjc\n"})
  void badRegionsAreRejected(String region) {
    assertThat(problemPaths(b -> b.primaryRegion(region))).containsExactly("primaryRegion");
  }

  @ParameterizedTest(name = "tailnet suffix {0} is rejected")
  @ValueSource(strings = {"ts.net\"\n[env]", "evil$(id).ts.net", "nodots", "-bad.ts.net", "a..ts.net"})
  void badTailnetSuffixesAreRejected(String suffix) {
    assertThat(problemPaths(b -> b.tailnetDnsSuffix(suffix))).containsExactly("tailnetDnsSuffix");
  }

  @ParameterizedTest(name = "Paperclip version {0} is rejected")
  @ValueSource(strings = {"latest", "^2026.916.1", "2026.916", "2026.916.1 && curl x | sh"})
  void unpinnedOrHostileVersionsAreRejected(String version) {
    assertThat(problemPaths(b -> b.paperclipVersion(version))).containsExactly("paperclipVersion");
  }

  @ParameterizedTest(name = "Node image tag {0} is rejected")
  @ValueSource(strings = {"lts-trixie-slim", "latest", "22.12.0-bookworm-slim", "24-trixie-slim", "24.10.0-trixie-slim"})
  void nodeImagesOtherThanAPinnedNode24AreRejected(String tag) {
    assertThat(problemPaths(b -> b.nodeImageTag(tag))).containsExactly("nodeImageTag");
  }

  @Test
  void lessThan1024MbIsRejected() {
    assertThat(problemPaths(b -> b.memoryMb(512))).containsExactly("memoryMb");
  }

  @Test
  void aVolumePathThatIsNotAPlainAbsolutePathIsRejected() {
    assertThat(problemPaths(b -> b.volumePath("paperclip"))).containsExactly("volumePath");
    assertThat(problemPaths(b -> b.volumePath("/pa per"))).containsExactly("volumePath");
    assertThat(problemPaths(b -> b.volumePath("/a/../etc"))).containsExactly("volumePath");
  }

  @Test
  void agentCliPackagesAndSecretNamesAreChecked() {
    assertThat(problemPaths(b -> b.addAgentClis(AgentCli.builder().npmPackage("evil pkg").version("latest")
        .credentialSecret("lower").build())))
        .containsExactly("agentClis[0].npmPackage", "agentClis[0].version", "agentClis[0].credentialSecret");
    assertThat(problemPaths(b -> b.addAdditionalSecretNames("OK_NAME", "bad-name")))
        .containsExactly("additionalSecretNames[1]");
  }

  @Test
  void s3SettingsAreChecked() {
    assertThat(problemPaths(b -> b.storage(S3Storage.builder().bucket("a b").region("").endpoint("ftp://x").build())))
        .containsExactly("storage.bucket", "storage.region", "storage.endpoint");
  }

  @Test
  void everyProblemIsReportedAtOnceWithAnActionableMessage() {
    assertThatThrownBy(() -> PaperclipDeployment.builder().appName("Bad App").org("personal").primaryRegion("x")
        .memoryMb(256).paperclipVersion("latest").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("appName: 'Bad App' is not a Fly app name: use 1-63 lowercase letters")
        .hasMessageContaining("primaryRegion: 'x' is not a three-letter Fly region code")
        .hasMessageContaining("memoryMb: must be at least 1024")
        .hasMessageContaining("paperclipVersion: must be an exact version");
  }
}
