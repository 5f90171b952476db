package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code database.backup}: Paperclip's scheduled database dumps. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = DatabaseBackupConfig.Builder.class)
@JsonPropertyOrder({"enabled", "intervalMinutes", "retentionDays", "dir"})
public abstract class AbstractDatabaseBackupConfig {
  @JsonProperty("enabled")
  public abstract Optional<Boolean> enabled();

  /** 1 to 10080 (one week). */
  @JsonProperty("intervalMinutes")
  public abstract OptionalInt intervalMinutes();

  /** 1 to 3650. */
  @JsonProperty("retentionDays")
  public abstract OptionalInt retentionDays();

  @JsonProperty("dir")
  public abstract Optional<String> dir();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** True when absent. */
  public boolean enabledOrDefault() {
    return enabled().orElse(true);
  }

  /** 60 when absent. */
  public int intervalMinutesOrDefault() {
    return intervalMinutes().orElse(60);
  }

  /** 7 when absent (Paperclip's {@code onboard} writes 30). */
  public int retentionDaysOrDefault() {
    return retentionDays().orElse(7);
  }

  /** Paperclip's schema default {@code ~/.paperclip/instances/default/data/backups} when absent. */
  public String dirOrDefault() {
    return dir().orElse("~/.paperclip/instances/default/data/backups");
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "database.backup", extra());
  }
}
