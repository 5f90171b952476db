package dev.paperclipfly.templates;

/**
 * Where Paperclip stores uploaded files: local disk on the Fly volume ({@link #localDisk()}, the default)
 * or an S3-compatible bucket such as Tigris ({@link S3Storage}).
 */
public interface Storage {

  /** Files under the instance directory on the volume. */
  static Storage localDisk() {
    return LocalDiskStorage.INSTANCE;
  }

  /** Local disk storage on the volume. */
  final class LocalDiskStorage implements Storage {
    static final LocalDiskStorage INSTANCE = new LocalDiskStorage();

    private LocalDiskStorage() {}

    @Override
    public String toString() {
      return "LocalDiskStorage";
    }
  }
}
