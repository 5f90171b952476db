package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code storage}: where uploaded files live. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = StorageConfig.Builder.class)
@JsonPropertyOrder({"provider", "localDisk", "s3"})
public abstract class AbstractStorageConfig {
  @JsonProperty("provider")
  public abstract Optional<StorageProvider> provider();

  @JsonProperty("localDisk")
  public abstract Optional<LocalDiskStorageConfig> localDisk();

  @JsonProperty("s3")
  public abstract Optional<S3StorageConfig> s3();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** {@code local_disk} when absent. */
  public StorageProvider providerOrDefault() {
    return provider().orElse(StorageProvider.LOCAL_DISK);
  }

  /** The local disk section, or one with every default when absent. */
  public LocalDiskStorageConfig localDiskOrDefault() {
    return localDisk().orElseGet(() -> LocalDiskStorageConfig.builder().build());
  }

  /** The S3 section, or one with every default when absent. */
  public S3StorageConfig s3OrDefault() {
    return s3().orElseGet(() -> S3StorageConfig.builder().build());
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "storage", extra());
  }
}
