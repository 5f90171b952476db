package dev.paperclipfly.core.flytoml;

import dev.paperclipfly.core.flytoml.internal.FlyTomlCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads fly.toml into a {@link FlyToml}, accepting every shape flyctl accepts (older forms included)
 * and keeping keys the model does not know. Reading does not validate values: use
 * {@link FlyTomlValidator}.
 */
public final class FlyTomlReader {
  private FlyTomlReader() {}

  /**
   * Reads fly.toml text.
   *
   * @throws FlyTomlParseException when the text is not TOML or a value has a shape flyctl rejects
   */
  public static FlyToml read(String text) {
    return FlyTomlCodec.read(text);
  }

  /**
   * Reads a fly.toml file (UTF-8).
   *
   * @throws FlyTomlParseException when the text is not TOML or a value has a shape flyctl rejects
   * @throws UncheckedIOException when the file cannot be read
   */
  public static FlyToml read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
