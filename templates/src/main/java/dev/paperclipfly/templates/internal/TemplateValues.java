package dev.paperclipfly.templates.internal;

import dev.paperclipfly.templates.AgentCli;
import dev.paperclipfly.templates.Database;
import dev.paperclipfly.templates.ExpectedSecret;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.templates.S3Storage;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values each template receives, escaped for that template's target. One method per output file,
 * so what a file can contain is listed in one place.
 */
public final class TemplateValues {
  private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(java.time.ZoneOffset.UTC);
  private static final Set<String> BUILT_IN_SECRETS = Set.of(
      "BETTER_AUTH_SECRET", "PAPERCLIP_AGENT_JWT_SECRET", "TAILSCALE_AUTH_KEY", "TAILNET_DNS",
      "DATABASE_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");

  private TemplateValues() {}

  /** Values for {@code docker/start.sh}: shell words. */
  public static Map<String, Object> startSh(PaperclipDeployment d) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("volumePath", Quoting.shell(d.volumePath()));
    v.put("internalPort", Quoting.shell(Integer.toString(d.internalPort())));
    v.put("tailnetDns", Quoting.shell(d.tailnetDnsSuffix().orElse("")));
    v.put("localPostgres", isLocalPostgres(d));
    v.put("closeSignUp", d.closeSignUpAfterBootstrap());
    return v;
  }

  /** Values for the Dockerfile: validated tokens (no quoting exists for ENV or RUN lines that would help). */
  public static Map<String, Object> dockerfile(PaperclipDeployment d) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("paperclipVersion", d.paperclipVersion());
    v.put("tailscaleVersion", d.tailscaleVersion());
    v.put("nodeImageTag", d.nodeImageTag());
    v.put("volumePath", d.volumePath());
    v.put("internalPort", Integer.toString(d.internalPort()));
    v.put("localPostgres", isLocalPostgres(d));
    // Backups use pg_dump even with an external database, so the client is always installed.
    v.put("postgresPackages", isLocalPostgres(d) ? "postgresql postgresql-client" : "postgresql-client");
    v.put("agentClis", d.agentClis().stream()
        .map(c -> Map.of("npmPackage", c.npmPackage(), "version", c.version()))
        .toList());
    return v;
  }

  /** Values for fly.toml: TOML strings and integers. */
  public static Map<String, Object> flyToml(PaperclipDeployment d) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("paperclipVersion", d.paperclipVersion());
    v.put("appName", Quoting.toml(d.appName()));
    v.put("primaryRegion", Quoting.toml(d.primaryRegion()));
    v.put("hasTailnetDns", d.tailnetDnsSuffix().isPresent());
    v.put("tailnetDns", Quoting.toml(d.tailnetDnsSuffix().orElse("")));
    v.put("internalPort", Integer.toString(d.internalPort()));
    v.put("volumeName", Quoting.toml(d.volumeName()));
    v.put("volumePath", Quoting.toml(d.volumePath()));
    v.put("vmSize", Quoting.toml(d.vmSize()));
    v.put("memory", Quoting.toml(d.memoryMb() + "mb"));
    return v;
  }

  /** Values for docker/config.json: JSON strings, numbers and booleans; every path absolute. */
  public static Map<String, Object> configJson(PaperclipDeployment d) {
    String instance = d.volumePath() + "/instances/default";
    Map<String, Object> v = new LinkedHashMap<>();
    // $meta.updatedAt is fixed or user-supplied, so the bundle is byte-identical across runs.
    v.put("updatedAt", Quoting.json(ISO_MILLIS.format(d.configUpdatedAt().truncatedTo(ChronoUnit.MILLIS))));
    // The template writes database.connectionString (Paperclip ignores "url") and "$meta" with version 1
    // (without it validation fails on an unrelated field); server.bind, not HOST, picks the listen address.
    v.put("localPostgres", isLocalPostgres(d));
    // Absolute paths: Paperclip's defaults are ~/.paperclip/instances/default/..., tied to HOME.
    v.put("backupDir", Quoting.json(instance + "/data/backups"));
    v.put("logDir", Quoting.json(instance + "/logs"));
    v.put("storageDir", Quoting.json(instance + "/data/storage"));
    v.put("masterKeyFile", Quoting.json(instance + "/secrets/master.key"));
    v.put("internalPort", Integer.toString(d.internalPort()));
    Optional<S3Storage> s3 = d.storage() instanceof S3Storage s ? Optional.of(s) : Optional.empty();
    v.put("s3", s3.isPresent());
    v.put("s3Bucket", Quoting.json(s3.map(S3Storage::bucket).orElse("")));
    v.put("s3Region", Quoting.json(s3.map(S3Storage::region).orElse("")));
    v.put("hasS3Endpoint", s3.flatMap(S3Storage::endpoint).isPresent());
    v.put("s3Endpoint", Quoting.json(s3.flatMap(S3Storage::endpoint).orElse("")));
    v.put("s3Prefix", Quoting.json(s3.map(S3Storage::prefix).orElse("")));
    v.put("s3ForcePathStyle", Boolean.toString(s3.map(S3Storage::forcePathStyle).orElse(false)));
    return v;
  }

  /** Values for DEPLOY.md: shell words for the commands, plain text for prose. */
  public static Map<String, Object> deployMd(PaperclipDeployment d) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("paperclipVersion", d.paperclipVersion());
    v.put("appNameText", d.appName());
    v.put("appName", Quoting.shell(d.appName()));
    v.put("org", Quoting.shell(d.org()));
    v.put("volumeName", Quoting.shell(d.volumeName()));
    v.put("primaryRegion", Quoting.shell(d.primaryRegion()));
    v.put("volumeSizeGb", Integer.toString(d.volumeSizeGb()));
    // Validated to letters, digits, '/', '.', '_' and '-': safe as plain text inside the quoted -C argument.
    v.put("volumePathText", d.volumePath());
    v.put("needsTailnetDnsSecret", d.tailnetDnsSuffix().isEmpty());
    v.put("externalDatabase", d.database() instanceof Database.ExternalPostgres);
    v.put("s3", d.storage() instanceof S3Storage);
    v.put("closeSignUp", d.closeSignUpAfterBootstrap());
    List<Map<String, Object>> clis = d.agentClis().stream()
        .map(TemplateValues::agentCliForDeployMd)
        .toList();
    v.put("agentClis", clis);
    List<String> cliSecrets = d.agentClis().stream().map(AgentCli::credentialSecret).toList();
    v.put("additionalSecrets", d.expectedSecrets().stream()
        .map(ExpectedSecret::name)
        .filter(n -> !BUILT_IN_SECRETS.contains(n) && !cliSecrets.contains(n))
        .map(n -> Map.<String, Object>of("name", n))
        .toList());
    return v;
  }

  private static Map<String, Object> agentCliForDeployMd(AgentCli c) {
    return Map.of(
        "npmPackage", c.npmPackage(),
        "credentialSecret", c.credentialSecret(),
        "isClaude", c.npmPackage().equals("@anthropic-ai/claude-code"));
  }

  private static boolean isLocalPostgres(PaperclipDeployment d) {
    return d.database() instanceof Database.LocalPostgres;
  }
}
