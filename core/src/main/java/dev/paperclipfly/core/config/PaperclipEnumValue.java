package dev.paperclipfly.core.config;

/**
 * An enumerated config.json value. {@link #paperclipName()} is the exact string Paperclip reads and
 * writes ({@code embedded-postgres}, {@code local_trusted}), which is also the JSON form.
 */
public interface PaperclipEnumValue {
  /** The value as spelled in config.json. */
  String paperclipName();
}
