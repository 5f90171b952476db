package dev.paperclipfly.templates;

/** What {@link Bundle#writeTo} does with an existing file whose content differs. */
public enum WriteMode {
  /** Write nothing and report the differing files: they may hold a user's edits. */
  REFUSE_CHANGES,
  /** Replace differing files. */
  OVERWRITE
}
