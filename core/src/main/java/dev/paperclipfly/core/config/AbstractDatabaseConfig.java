package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code database}: embedded or external PostgreSQL. Accessors return what the file says; the
 * {@code ...OrDefault()} methods return what Paperclip uses when a key is absent.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = DatabaseConfig.Builder.class)
@JsonPropertyOrder({"mode", "connectionString", "embeddedPostgresDataDir", "embeddedPostgresPort", "backup"})
public abstract class AbstractDatabaseConfig {
  @JsonProperty("mode")
  public abstract Optional<DatabaseMode> mode();

  /**
   * The external PostgreSQL URL, used when {@code mode} is {@code postgres} and the server has no
   * {@code DATABASE_URL}. It usually holds a password, so it is a {@link Secret}.
   */
  @JsonProperty("connectionString")
  public abstract Optional<Secret> connectionString();

  @JsonProperty("embeddedPostgresDataDir")
  public abstract Optional<String> embeddedPostgresDataDir();

  @JsonProperty("embeddedPostgresPort")
  public abstract OptionalInt embeddedPostgresPort();

  @JsonProperty("backup")
  public abstract Optional<DatabaseBackupConfig> backup();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** {@code embedded-postgres} when absent. */
  public DatabaseMode modeOrDefault() {
    return mode().orElse(DatabaseMode.EMBEDDED_POSTGRES);
  }

  /** Paperclip's schema default {@code ~/.paperclip/instances/default/db} when absent. */
  public String embeddedPostgresDataDirOrDefault() {
    return embeddedPostgresDataDir().orElse("~/.paperclip/instances/default/db");
  }

  /** 54329 when absent. */
  public int embeddedPostgresPortOrDefault() {
    return embeddedPostgresPort().orElse(54329);
  }

  /** The backup section, or one with every default when absent. */
  public DatabaseBackupConfig backupOrDefault() {
    return backup().orElseGet(() -> DatabaseBackupConfig.builder().build());
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "database", extra());
  }
}
