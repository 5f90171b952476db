package dev.paperclipfly.templates;

/** A bundle could not be written: an edited file would be overwritten, or the disk refused. */
public final class BundleWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public BundleWriteException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public BundleWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
