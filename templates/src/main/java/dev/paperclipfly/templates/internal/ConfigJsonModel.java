package dev.paperclipfly.templates.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.config.AuthBaseUrlMode;
import dev.paperclipfly.core.config.AuthConfig;
import dev.paperclipfly.core.config.BindMode;
import dev.paperclipfly.core.config.ConfigMeta;
import dev.paperclipfly.core.config.ConfigSource;
import dev.paperclipfly.core.config.DatabaseBackupConfig;
import dev.paperclipfly.core.config.DatabaseConfig;
import dev.paperclipfly.core.config.DatabaseMode;
import dev.paperclipfly.core.config.DeploymentExposure;
import dev.paperclipfly.core.config.DeploymentMode;
import dev.paperclipfly.core.config.LocalDiskStorageConfig;
import dev.paperclipfly.core.config.LocalEncryptedSecretsConfig;
import dev.paperclipfly.core.config.LoggingConfig;
import dev.paperclipfly.core.config.LoggingMode;
import dev.paperclipfly.core.config.PaperclipConfig;
import dev.paperclipfly.core.config.PaperclipConfigJson;
import dev.paperclipfly.core.config.S3StorageConfig;
import dev.paperclipfly.core.config.SecretProvider;
import dev.paperclipfly.core.config.SecretsConfig;
import dev.paperclipfly.core.config.ServerConfig;
import dev.paperclipfly.core.config.StorageConfig;
import dev.paperclipfly.core.config.StorageProvider;
import dev.paperclipfly.core.config.TelemetryConfig;
import dev.paperclipfly.core.config.ValidationOptions;
import dev.paperclipfly.core.validation.ValidationResult;
import dev.paperclipfly.templates.Database;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.templates.S3Storage;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The deployment's config.json as core's typed {@link PaperclipConfig}, written by core's writer. */
public final class ConfigJsonModel {
  /** Password-free: the entrypoint passes the generated password through DATABASE_URL at run time. */
  static final String LOCAL_CONNECTION_STRING = "postgres://paperclip@127.0.0.1:5432/paperclip";

  private ConfigJsonModel() {}

  /** The config Paperclip reads on the volume. */
  public static PaperclipConfig of(PaperclipDeployment d) {
    String instance = d.volumePath() + "/instances/default";
    // Gotcha: embedded PostgreSQL does not initialise in Docker, so mode is always postgres.
    DatabaseConfig.Builder database = DatabaseConfig.builder()
        .mode(DatabaseMode.POSTGRES)
        .backup(DatabaseBackupConfig.builder()
            .enabled(true).intervalMinutes(60).retentionDays(30).dir(instance + "/data/backups").build());
    if (d.database() instanceof Database.LocalPostgres) {
      // Gotcha: the key is connectionString, not url (the model has no other spelling).
      database.connectionString(Secret.of(LOCAL_CONNECTION_STRING));
    }
    StorageConfig.Builder storage = StorageConfig.builder()
        // Every path absolute: Paperclip's defaults are ~/.paperclip/..., tied to HOME rather than the volume.
        .localDisk(LocalDiskStorageConfig.builder().baseDir(instance + "/data/storage").build());
    if (d.storage() instanceof S3Storage s3) {
      S3StorageConfig.Builder bucket = S3StorageConfig.builder()
          .bucket(s3.bucket()).region(s3.region()).prefix(s3.prefix()).forcePathStyle(s3.forcePathStyle());
      s3.endpoint().ifPresent(bucket::endpoint);
      storage.provider(StorageProvider.S3).s3(bucket.build());
    } else {
      storage.provider(StorageProvider.LOCAL_DISK);
    }
    return PaperclipConfig.builder()
        // Gotcha: $meta with version 1 is required; updatedAt is fixed or user-supplied, never "now".
        .meta(ConfigMeta.of(d.configUpdatedAt().truncatedTo(ChronoUnit.MILLIS), ConfigSource.ONBOARD))
        .database(database.build())
        .logging(LoggingConfig.builder().mode(LoggingMode.FILE).logDir(instance + "/logs").build())
        .server(ServerConfig.builder()
            .deploymentMode(DeploymentMode.AUTHENTICATED)
            .exposure(DeploymentExposure.PRIVATE)
            // The listen address comes from server.bind, not HOST: lan listens on 0.0.0.0 for Flycast.
            .bind(BindMode.LAN)
            .host("0.0.0.0")
            .port(d.internalPort())
            .allowedHostnames(List.of())
            .serveUi(true)
            .build())
        .telemetry(TelemetryConfig.builder().enabled(false).build())
        .auth(AuthConfig.builder().baseUrlMode(AuthBaseUrlMode.AUTO).disableSignUp(false).build())
        .storage(storage.build())
        .secrets(SecretsConfig.builder()
            .provider(SecretProvider.LOCAL_ENCRYPTED)
            .strictMode(true)
            .localEncrypted(LocalEncryptedSecretsConfig.builder().keyFilePath(instance + "/secrets/master.key").build())
            .build())
        .build();
  }

  /** config.json text as Paperclip itself writes it. */
  public static String write(PaperclipDeployment d) {
    return PaperclipConfigJson.write(of(d));
  }

  /**
   * Every problem core's validator finds in rendered config.json text; with an external database
   * the connection string legitimately comes from the {@code DATABASE_URL} secret.
   */
  public static ValidationResult validate(PaperclipDeployment d, String json) {
    ValidationOptions options = ValidationOptions.builder()
        .databaseUrlFromEnvironment(d.database() instanceof Database.ExternalPostgres)
        .build();
    return dev.paperclipfly.core.config.PaperclipConfigValidator.of(options).validate(json);
  }
}
