package dev.paperclipfly.core.validation;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The document would be rejected or would fail at run time. */
  ERROR,
  /** Accepted, but likely not what the user meant. */
  WARNING
}
