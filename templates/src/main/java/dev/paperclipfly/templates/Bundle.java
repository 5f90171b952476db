package dev.paperclipfly.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rendered deployment: relative path to file content, in a fixed order. The same deployment always
 * gives the same bytes (LF line ends, no timestamps unless the deployment supplies one).
 */
public final class Bundle {
  private final Map<String, byte[]> files;

  Bundle(Map<String, byte[]> files) {
    Map<String, byte[]> copy = new LinkedHashMap<>();
    files.forEach((k, v) -> copy.put(k, v.clone()));
    this.files = Collections.unmodifiableMap(copy);
  }

  /** The relative paths, in rendering order. */
  public List<String> paths() {
    return List.copyOf(files.keySet());
  }

  /** The bytes of one file. */
  public Optional<byte[]> bytes(String path) {
    return Optional.ofNullable(files.get(path)).map(byte[]::clone);
  }

  /** The text (UTF-8) of one file. */
  public Optional<String> text(String path) {
    return Optional.ofNullable(files.get(path)).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** Every file, path to a copy of its bytes, in rendering order. */
  public Map<String, byte[]> files() {
    Map<String, byte[]> copy = new LinkedHashMap<>();
    files.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /**
   * Writes every file under {@code directory}, creating folders. A file that exists with different
   * content is a user's edit: with {@link WriteMode#REFUSE_CHANGES} nothing at all is written and a
   * {@link BundleWriteException} lists the files that differ; with {@link WriteMode#OVERWRITE} they are
   * replaced. Files with identical content are left untouched. Shell scripts are made executable.
   *
   * @return the paths actually written (new or changed)
   */
  public List<String> writeTo(Path directory, WriteMode mode) {
    List<String> differing = files.entrySet().stream()
        .filter(e -> differs(directory.resolve(e.getKey()), e.getValue()))
        .filter(e -> Files.exists(directory.resolve(e.getKey())))
        .map(Map.Entry::getKey)
        .toList();
    if (mode == WriteMode.REFUSE_CHANGES && !differing.isEmpty()) {
      throw new BundleWriteException("refusing to overwrite edited files in " + directory + ": "
          + String.join(", ", differing) + " (diff them, or write again with WriteMode.OVERWRITE)");
    }
    List<String> written = files.entrySet().stream()
        .filter(e -> differs(directory.resolve(e.getKey()), e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
    for (String path : written) {
      write(directory.resolve(path), files.get(path), path.endsWith(".sh"));
    }
    return written;
  }

  private static boolean differs(Path file, byte[] content) {
    try {
      return !Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), content);
    } catch (IOException e) {
      throw new BundleWriteException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path file, byte[] content, boolean executable) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      // Write beside the target and move, so a crash never leaves a half-written file.
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".bundle-", ".tmp");
      Files.write(tmp, content);
      try {
        // Temporary files start as 0600; the bundle's files are meant to be read (and the script run).
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
      } catch (UnsupportedOperationException ignored) {
        // Non-POSIX file systems keep their defaults; the Dockerfile sets the modes in the image anyway.
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new BundleWriteException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new BundleWriteException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
