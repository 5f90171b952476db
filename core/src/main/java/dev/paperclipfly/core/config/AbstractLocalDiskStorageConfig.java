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

/** {@code storage.localDisk}: the directory for uploaded files when the provider is {@code local_disk}. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = LocalDiskStorageConfig.Builder.class)
@JsonPropertyOrder({"baseDir"})
public abstract class AbstractLocalDiskStorageConfig {
  @JsonProperty("baseDir")
  public abstract Optional<String> baseDir();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** Paperclip's schema default {@code ~/.paperclip/instances/default/data/storage} when absent. */
  public String baseDirOrDefault() {
    return baseDir().orElse("~/.paperclip/instances/default/data/storage");
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "storage.localDisk", extra());
  }
}
