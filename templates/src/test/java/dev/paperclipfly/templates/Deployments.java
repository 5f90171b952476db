package dev.paperclipfly.templates;

import dev.paperclipfly.core.Secret;

/** Deployments the tests render. */
final class Deployments {
  static final String EXTERNAL_DB_PASSWORD = "s3cr3t-db-password-never-in-files";

  private Deployments() {}

  /** Only the required fields; every default. */
  static PaperclipDeployment minimal() {
    return PaperclipDeployment.builder().appName("my-paperclip").org("personal").primaryRegion("sjc").build();
  }

  /** Every option switched away from its default. */
  static PaperclipDeployment everyOption() {
    return PaperclipDeployment.builder()
        .appName("acme-agents")
        .org("acme")
        .primaryRegion("ams")
        .tailnetDnsSuffix("tail1234ab.ts.net")
        .database(Database.external(Secret.of("postgres://paperclip:" + EXTERNAL_DB_PASSWORD + "@db.example:5432/paperclip")))
        .storage(S3Storage.builder().bucket("acme-paperclip").region("auto")
            .endpoint("https://fly.storage.tigris.dev").build())
        .addAgentClis(AgentCli.claudeCode(), AgentCli.codex())
        .addAdditionalSecretNames("ANTHROPIC_API_KEY")
        .memoryMb(2048)
        .volumeSizeGb(5)
        .build();
  }
}
