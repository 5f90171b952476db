package dev.paperclipfly.templates.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linter over the field report's own hand-made bundle (Dockerfile, config.json, start.sh, fly.toml). */
class BundleLinterSeedTest {

  static Path resource(String name) {
    try {
      return Path.of(BundleLinterSeedTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void reportsExactlyTheSeedBundlesRealWeaknesses() {
    List<Finding> findings = BundleLinter.create().lint(resource("seed"));

    Set<String> ids = findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(ids).containsExactly(
        "PFLY004", // su -s /bin/sh postgres -c ... instead of runuser
        "PFLY012", // auto_stop_machines = "suspend"
        "PFLY013", // FROM node:lts-trixie-slim
        "PFLY014", // HOST=0.0.0.0 with no server.bind
        "PFLY016", // PAPERCLIP_AGENT_JWT_SECRET never provided
        "PFLY018", // PAPERCLIP_MIGRATION_AUTO_APPLY not set
        "PFLY019", // sleep 10 && bootstrap-ceo && touch .bootstrapped
        "PFLY020", // host all all 127.0.0.1/32 trust
        "PFLY021", // curl -fsSL https://tailscale.com/install.sh | sh
        "PFLY022", // force_https = true with a private (Flycast) deployment
        "PFLY023", // npm install -g paperclipai @anthropic-ai/claude-code, unpinned
        "PFLY024", // disableSignUp false and never closed
        "PFLY025", // postgres://paperclip:paperclip@ in Dockerfile and config.json
        "PFLY026", // pg_ctl start with no trap: a stop kills PostgreSQL uncleanly
        "PFLY027", // grace_period = "120s", which Fly lowers to 1m
        "PFLY028"); // npx paperclipai allowed-hostname ... 2>/dev/null || true on every boot
  }

  @Test
  void aDirectoryWithoutABundleIsAnErrorNotACleanReport(@TempDir Path empty) {
    assertThatThrownBy(() -> BundleLinter.create().lint(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no bundle in");
  }

  @Test
  void pointsAtTheLinesThatHoldTheWeaknesses() {
    List<Finding> findings = BundleLinter.create().lint(resource("seed"));

    assertThat(findings).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("PFLY021");
      assertThat(f.file()).isEqualTo("Dockerfile");
      assertThat(f.line()).isEqualTo(10);
    });
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("PFLY012");
      assertThat(f.file()).isEqualTo("fly.toml");
      assertThat(f.line()).isEqualTo(20);
    });
    assertThat(findings.stream().filter(f -> f.ruleId().equals("PFLY004")).map(Finding::line))
        .containsExactly(34, 39, 43, 44);
  }
}
