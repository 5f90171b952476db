package dev.paperclipfly.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.validation.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users replace one template at a time; a broken replacement fails at render time with its line. */
class BundleRendererOverrideTest {
  @TempDir Path tmp;

  @Test
  void anOverriddenTemplateReplacesOnlyItsFile() {
    Bundle bundle = BundleRenderer.builder()
        .templateOverride("docker/start.sh", "#!/bin/sh\r\necho volume {{volumePath}}\r\n")
        .build().render(Deployments.minimal());

    assertThat(bundle.text("docker/start.sh")).contains("#!/bin/sh\necho volume '/paperclip'\n");
    assertThat(bundle.text("fly.toml").orElseThrow()).contains("app = \"my-paperclip\"");
  }

  @Test
  void anOverrideCanBeReadFromAFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("DEPLOY.md"), "Deploy {{appNameText}}\n");

    Bundle bundle = BundleRenderer.builder().templateOverride("DEPLOY.md", file).build().render(Deployments.minimal());

    assertThat(bundle.text("DEPLOY.md")).contains("Deploy my-paperclip\n");
  }

  @Test
  void anOverrideForAnUnknownFileIsRejected() {
    assertThatThrownBy(() -> BundleRenderer.builder().templateOverride("docker/entrypoint.sh", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no template named docker/entrypoint.sh");
  }

  @Test
  void anOverrideWithAnUnknownPlaceholderFailsNamingItsLine() {
    BundleRenderer renderer = BundleRenderer.builder().templateOverride("fly.toml", "app = {{appName}}\nx = {{apName}}\n")
        .build();

    assertThatThrownBy(() -> renderer.render(Deployments.minimal()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("fly.toml:2: unknown placeholder {{apName}}");
  }

  @Test
  void anOverrideThatBreaksConfigJsonFailsAtRenderTime() {
    BundleRenderer renderer = BundleRenderer.builder().templateOverride("docker/config.json", "{\n  \"a\": 1,\n}\n")
        .build();

    assertThatThrownBy(() -> renderer.render(Deployments.minimal()))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("docker/config.json:3: rendered file is not valid JSON");
  }

  @Test
  void aConfigJsonOverrideIsCheckedByCoresConfigValidator() {
    String usesUrl = "{\n  \"$meta\": {\"version\": 1, \"updatedAt\": {{updatedAt}}, \"source\": \"onboard\"},\n"
        + "  \"database\": {\"mode\": \"postgres\", \"url\": \"postgres://paperclip@127.0.0.1/paperclip\"},\n"
        + "  \"logging\": {\"mode\": \"file\", \"logDir\": {{logDir}}},\n"
        + "  \"server\": {\"deploymentMode\": \"authenticated\", \"exposure\": \"private\", \"bind\": \"lan\"}\n}\n";
    BundleRenderer renderer = BundleRenderer.builder().templateOverride("docker/config.json", usesUrl).build();

    assertThatThrownBy(() -> renderer.render(Deployments.minimal()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("docker/config.json is invalid")
        .hasMessageContaining("connectionString");
  }

  @Test
  void aFlyTomlOverrideIsCheckedByCoresFlyTomlValidator() {
    BundleRenderer renderer = BundleRenderer.builder()
        .templateOverride("fly.toml", "app = {{appName}}\nkill_signal = \"SIGHUP\"\n").build();

    assertThatThrownBy(() -> renderer.render(Deployments.minimal()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("fly.toml is invalid")
        .hasMessageContaining("kill_signal");
  }

  @Test
  void anOverrideThatBreaksFlyTomlFailsAtRenderTime() {
    BundleRenderer renderer = BundleRenderer.builder().templateOverride("fly.toml", "app = {{appName}}\napp = \"x\"\n")
        .build();

    assertThatThrownBy(() -> renderer.render(Deployments.minimal()))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("fly.toml:2: rendered file is not valid TOML");
  }
}
