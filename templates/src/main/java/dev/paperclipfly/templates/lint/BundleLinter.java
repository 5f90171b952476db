package dev.paperclipfly.templates.lint;

import dev.paperclipfly.templates.Bundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.Optional;

/**
 * Reads an existing deployment bundle and reports each known way it breaks: the field report's
 * gotchas and what Paperclip's own behaviour adds to them. See {@link LintRule} for the rules.
 *
 * <p>Looks for {@code Dockerfile}, {@code docker/start.sh} (or {@code start.sh}),
 * {@code docker/config.json} (or {@code config.json}), {@code fly.toml} and {@code DEPLOY.md}; any of
 * them may be missing, and rules about a missing file are skipped.
 */
public final class BundleLinter {
  private BundleLinter() {}

  /** A linter with every rule. */
  public static BundleLinter create() {
    return new BundleLinter();
  }

  /**
   * Lints the bundle in {@code directory}.
   *
   * @throws IllegalArgumentException if the directory holds none of the bundle's files
   * @throws UncheckedIOException if a present file cannot be read
   */
  public List<Finding> lint(Path directory) {
    BundleFiles files = new BundleFiles(
        read(directory, "Dockerfile"),
        read(directory, "docker/start.sh").or(() -> read(directory, "start.sh")),
        read(directory, "docker/config.json").or(() -> read(directory, "config.json")),
        read(directory, "fly.toml"),
        read(directory, "DEPLOY.md"));
    if (files.present().isEmpty()) {
      throw new IllegalArgumentException("no bundle in " + directory + ": expected a Dockerfile, docker/start.sh"
          + " (or start.sh), docker/config.json (or config.json) or fly.toml there");
    }
    return lint(files);
  }

  /** Lints a rendered bundle before it is written. */
  public List<Finding> lint(Bundle bundle) {
    return lint(new BundleFiles(
        text(bundle, "Dockerfile"),
        text(bundle, "docker/start.sh"),
        text(bundle, "docker/config.json"),
        text(bundle, "fly.toml"),
        text(bundle, "DEPLOY.md")));
  }

  private static List<Finding> lint(BundleFiles files) {
    List<Finding> findings = new ArrayList<>(new BundleChecks(files).run());
    findings.sort(Comparator.comparing(Finding::ruleId).thenComparing(Finding::file).thenComparingInt(Finding::line));
    return List.copyOf(findings);
  }

  private static Optional<SourceFile> text(Bundle bundle, String path) {
    return bundle.text(path).map(t -> new SourceFile(path, t));
  }

  private static Optional<SourceFile> read(Path directory, String path) {
    Path file = directory.resolve(path);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SourceFile(path, Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The files a lint run looks at. */
  record BundleFiles(
      Optional<SourceFile> dockerfile,
      Optional<SourceFile> startSh,
      Optional<SourceFile> configJson,
      Optional<SourceFile> flyToml,
      Optional<SourceFile> deployMd) {

    List<SourceFile> present() {
      List<SourceFile> all = new ArrayList<>();
      dockerfile.ifPresent(all::add);
      startSh.ifPresent(all::add);
      configJson.ifPresent(all::add);
      flyToml.ifPresent(all::add);
      deployMd.ifPresent(all::add);
      return all;
    }

  }
}
