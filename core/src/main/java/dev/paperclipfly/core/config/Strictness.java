package dev.paperclipfly.core.config;

/** How an SDK-only check reports what it finds. */
public enum Strictness {
  /** Report an error: the document is invalid. */
  ERROR,
  /** Report a warning: the document stays valid. */
  WARNING,
  /** Do not check. */
  IGNORE
}
