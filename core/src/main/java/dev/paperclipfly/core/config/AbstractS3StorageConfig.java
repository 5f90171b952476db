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

/** {@code storage.s3}: the bucket for uploaded files when the provider is {@code s3}. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = S3StorageConfig.Builder.class)
@JsonPropertyOrder({"bucket", "region", "endpoint", "prefix", "forcePathStyle"})
public abstract class AbstractS3StorageConfig {
  /** Not empty. */
  @JsonProperty("bucket")
  public abstract Optional<String> bucket();

  /** Not empty. */
  @JsonProperty("region")
  public abstract Optional<String> region();

  @JsonProperty("endpoint")
  public abstract Optional<String> endpoint();

  @JsonProperty("prefix")
  public abstract Optional<String> prefix();

  @JsonProperty("forcePathStyle")
  public abstract Optional<Boolean> forcePathStyle();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** {@code paperclip} when absent. */
  public String bucketOrDefault() {
    return bucket().orElse("paperclip");
  }

  /** {@code us-east-1} when absent. */
  public String regionOrDefault() {
    return region().orElse("us-east-1");
  }

  /** Empty when absent. */
  public String prefixOrDefault() {
    return prefix().orElse("");
  }

  /** False when absent. */
  public boolean forcePathStyleOrDefault() {
    return forcePathStyle().orElse(false);
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "storage.s3", extra());
  }
}
