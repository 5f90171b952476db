package dev.paperclipfly.core.flytoml;

import dev.paperclipfly.core.flytoml.internal.FlyTomlCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link FlyToml} as people write fly.toml: top-level keys, then {@code [build]},
 * {@code [env]}, {@code [http_service]}, {@code [[http_service.checks]]}, {@code [mounts]},
 * {@code [[vm]]} and the rest in a fixed order, keys in a fixed order inside each table, unknown
 * keys last in the order read; two-space indentation of table contents, LF line ends. The same
 * model always gives the same bytes, and values are written in the form they were read.
 *
 * <p>To change a value in a hand-written file without touching its comments and layout, use
 * {@link FlyTomlEditor} instead.
 */
public final class FlyTomlWriter {
  private FlyTomlWriter() {}

  /** The TOML text of {@code toml}. */
  public static String write(FlyToml toml) {
    return FlyTomlCodec.write(toml);
  }

  /**
   * Writes {@code toml} to a file (UTF-8), replacing it.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(FlyToml toml, Path file) {
    try {
      Files.writeString(file, write(toml), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
