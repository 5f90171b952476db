package dev.paperclipfly.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a bundle never overwrites a user's edit silently. */
class BundleWriteTest {
  @TempDir Path dir;
  private final Bundle bundle = BundleRenderer.builder().build().render(Deployments.minimal());

  @Test
  void writingIntoAnEmptyDirectoryCreatesEveryFileWithReadableModes() throws Exception {
    assertThat(bundle.writeTo(dir, WriteMode.REFUSE_CHANGES)).containsExactlyElementsOf(bundle.paths());

    assertThat(Files.readAllBytes(dir.resolve("fly.toml"))).isEqualTo(bundle.bytes("fly.toml").orElseThrow());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("docker/start.sh"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("docker/config.json"))))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void writingTheSameBundleAgainTouchesNothing() {
    bundle.writeTo(dir, WriteMode.REFUSE_CHANGES);

    assertThat(bundle.writeTo(dir, WriteMode.REFUSE_CHANGES)).isEmpty();
  }

  @Test
  void anEditedFileIsRefusedAndNothingIsWritten() throws Exception {
    bundle.writeTo(dir, WriteMode.REFUSE_CHANGES);
    Files.writeString(dir.resolve("fly.toml"), "# my edits\n");
    Files.delete(dir.resolve("DEPLOY.md"));

    assertThatThrownBy(() -> bundle.writeTo(dir, WriteMode.REFUSE_CHANGES))
        .isInstanceOf(BundleWriteException.class)
        .hasMessageContaining("fly.toml")
        .hasMessageContaining("WriteMode.OVERWRITE");
    assertThat(Files.readString(dir.resolve("fly.toml"))).isEqualTo("# my edits\n");
    assertThat(dir.resolve("DEPLOY.md")).doesNotExist();
  }

  @Test
  void overwriteReplacesEditedFiles() throws Exception {
    bundle.writeTo(dir, WriteMode.REFUSE_CHANGES);
    Files.writeString(dir.resolve("fly.toml"), "# my edits\n");

    assertThat(bundle.writeTo(dir, WriteMode.OVERWRITE)).containsExactly("fly.toml");
    assertThat(Files.readAllBytes(dir.resolve("fly.toml"))).isEqualTo(bundle.bytes("fly.toml").orElseThrow());
  }
}
