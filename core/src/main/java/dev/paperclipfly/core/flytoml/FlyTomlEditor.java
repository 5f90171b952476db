package dev.paperclipfly.core.flytoml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.MutableTomlArray;
import org.tomlj.MutableTomlTable;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * Changes single values of a hand-written fly.toml and keeps everything else byte for byte: comments,
 * indentation, key order, quoting. Paths are dotted keys, with {@code [i]} to pick an entry of a list
 * of tables: {@code primary_region}, {@code http_service.internal_port}, {@code vm[0].memory}.
 * A key that does not exist yet is added to its table (the table is created at the end of the file
 * when missing).
 *
 * <p>Every edit returns a new editor, and is checked by reading the result as a fly.toml: an edit
 * that would give a file flyctl rejects throws instead. Use {@link FlyTomlWriter} to write a whole
 * model in canonical form.
 */
public final class FlyTomlEditor {
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)(?:\\[(\\d+)])?");

  private final String text;

  private FlyTomlEditor(String text) {
    this.text = text;
  }

  /**
   * Starts editing fly.toml text.
   *
   * @throws FlyTomlParseException when the text is not a fly.toml flyctl would read
   */
  public static FlyTomlEditor of(String text) {
    Objects.requireNonNull(text, "text");
    FlyTomlReader.read(text);
    return new FlyTomlEditor(text);
  }

  /**
   * Starts editing a fly.toml file (UTF-8).
   *
   * @throws FlyTomlParseException when the file is not a fly.toml flyctl would read
   * @throws UncheckedIOException when the file cannot be read
   */
  public static FlyTomlEditor of(Path file) {
    try {
      return of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Sets a string value, e.g. {@code set("primary_region", "fra")}. */
  public FlyTomlEditor set(String path, String value) {
    return edit(path, Objects.requireNonNull(value, "value"));
  }

  /** Sets a whole number, e.g. {@code set("http_service.internal_port", 8080)}. */
  public FlyTomlEditor set(String path, long value) {
    return edit(path, value);
  }

  /** Sets a boolean, e.g. {@code set("http_service.force_https", true)}. */
  public FlyTomlEditor set(String path, boolean value) {
    return edit(path, value);
  }

  /** Sets a list of strings, e.g. {@code set("http_service.processes", List.of("app"))}. */
  public FlyTomlEditor set(String path, List<String> values) {
    return edit(path, List.copyOf(values));
  }

  /** Sets a duration in the form it carries, e.g. {@code set("kill_timeout", FlyDuration.ofSeconds(30))}. */
  public FlyTomlEditor set(String path, FlyDuration value) {
    return edit(path, value.toTomlValue());
  }

  /** Sets a memory size in the form it carries, e.g. {@code set("vm[0].memory", MemorySize.ofGigabytes(2))}. */
  public FlyTomlEditor set(String path, MemorySize value) {
    return edit(path, value.toTomlValue());
  }

  /** Sets {@code auto_stop_machines} in the form it carries. */
  public FlyTomlEditor set(String path, AutoStopMachines value) {
    return edit(path, value.toTomlValue());
  }

  /**
   * Removes a key; nothing happens when it is absent.
   *
   * @throws FlyTomlParseException when the file without it is not a fly.toml flyctl would read
   */
  public FlyTomlEditor remove(String path) {
    TomlParseResult doc = Toml.parse(text);
    Target target = resolve(doc, path);
    target.table().remove(List.of(target.key()));
    return checked(doc.toToml());
  }

  /** The edited text. */
  public String text() {
    return text;
  }

  /** The edited file as a model. */
  public FlyToml toFlyToml() {
    return FlyTomlReader.read(text);
  }

  private FlyTomlEditor edit(String path, Object value) {
    TomlParseResult doc = Toml.parse(text);
    Target target = resolve(doc, path);
    target.table().set(List.of(target.key()), value);
    return checked(doc.toToml());
  }

  private static FlyTomlEditor checked(String edited) {
    FlyTomlReader.read(edited);
    return new FlyTomlEditor(edited);
  }

  private record Target(MutableTomlTable table, String key) {}

  private static Target resolve(MutableTomlTable root, String path) {
    Objects.requireNonNull(path, "path");
    String[] parts = path.split("\\.", -1);
    MutableTomlTable table = root;
    for (int i = 0; i < parts.length; i++) {
      Matcher m = SEGMENT.matcher(parts[i]);
      if (!m.matches()) {
        throw new FlyTomlParseException(path, "is not a path: write dotted keys with [i] for list entries,"
            + " e.g. http_service.internal_port or vm[0].memory");
      }
      String key = m.group(1);
      boolean last = i == parts.length - 1;
      if (m.group(2) != null) {
        table = entry(table, key, Integer.parseInt(m.group(2)), path);
        if (last) {
          throw new FlyTomlParseException(path, "names a whole list entry: add the key to set, e.g. "
              + path + ".memory");
        }
      } else if (last) {
        return new Target(table, key);
      } else {
        table = table(table, key, path);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static MutableTomlTable table(MutableTomlTable parent, String key, String path) {
    Object existing = parent.get(List.of(key));
    if (existing != null && !(existing instanceof MutableTomlTable)) {
      throw new FlyTomlParseException(path, key + " is " + (existing instanceof MutableTomlArray
          ? "a list: pick an entry, e.g. " + key + "[0]" : "not a table"));
    }
    return parent.getOrCreateTable(List.of(key));
  }

  private static MutableTomlTable entry(MutableTomlTable table, String key, int index, String path) {
    MutableTomlArray list = table.getArray(List.of(key));
    if (list == null || index >= list.size() || !(list.get(index) instanceof MutableTomlTable entry)) {
      throw new FlyTomlParseException(path, "there is no entry " + index + " in " + key
          + " (the file has " + (list == null ? 0 : list.size()) + ")");
    }
    return entry;
  }
}
