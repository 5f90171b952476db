package dev.paperclipfly.templates;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An S3-compatible bucket (AWS S3, Tigris, MinIO). Credentials are not part of it: they are the
 * {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} secrets the deployment expects
 * ({@code fly storage create} sets them for Tigris).
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractS3Storage implements Storage {
  /** Bucket name. */
  public abstract String bucket();

  /** Region, e.g. {@code auto} for Tigris or {@code us-east-1}. */
  public abstract String region();

  /** Endpoint URL for non-AWS services, e.g. {@code https://fly.storage.tigris.dev}. */
  public abstract Optional<String> endpoint();

  /** Key prefix inside the bucket; empty by default. */
  @Value.Default
  public String prefix() {
    return "";
  }

  /** Path-style addressing, needed by some S3-compatible services. */
  @Value.Default
  public boolean forcePathStyle() {
    return false;
  }
}
