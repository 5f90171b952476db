package dev.paperclipfly.templates.lint;

/**
 * The checks {@link BundleLinter} runs, each a known way a Paperclip-on-Fly deployment breaks. The
 * enum name is the rule id reported in a {@link Finding}.
 */
public enum LintRule {
  /** Embedded PostgreSQL does not initialise in Docker. */
  PFLY001("config.json uses Paperclip's embedded PostgreSQL, which does not initialise in Docker",
      "install the distribution's postgresql and set database.mode to \"postgres\""),
  /** The key is connectionString; url is silently ignored. */
  PFLY002("config.json has database.url, which Paperclip ignores",
      "rename it to database.connectionString"),
  /** $meta with version 1 is required. */
  PFLY003("config.json lacks \"$meta\" with version 1, so validation fails on an unrelated field",
      "add \"$meta\": {\"version\": 1, \"updatedAt\": \"...\", \"source\": \"onboard\"}"),
  /** su drops the environment. */
  PFLY004("su drops the environment Paperclip needs (auth secrets, hostnames)",
      "use runuser -u USER -- COMMAND, which keeps the environment"),
  /** Fly's check Host is rejected by the hostname guard. */
  PFLY005("no fly.toml health check sends an allowed Host, so the private-mode hostname guard answers 403",
      "add [http_service.checks.headers] with Host = \"localhost\""),
  /** 512 MB is too small. */
  PFLY006("the VM has less than 1024 MB; agent CLIs get OOM-killed (exit 137)",
      "set memory = \"1024mb\" or more in [[vm]]"),
  /** Userspace networking breaks serve --https. */
  PFLY007("tailscaled runs in userspace networking, where tailscale serve --https cannot get certificates",
      "run tailscaled in TUN mode (Fly VMs have /dev/net/tun)"),
  /** --state breaks certificate provisioning. */
  PFLY008("tailscaled uses --state instead of --statedir, which breaks certificate provisioning",
      "use --statedir=DIR on the volume"),
  /** The volume hides COPY'd files; the copy must not overwrite. */
  PFLY009("config.json is placed where the volume hides it, or copied over an existing one on every boot",
      "COPY it to /etc/paperclip and copy it into the volume only when absent"),
  /** PostgreSQL binaries are not on PATH. */
  PFLY010("PostgreSQL binaries are called without locating them; they are not on PATH",
      "use PG_BIN=$(pg_config --bindir) and call $PG_BIN/initdb, $PG_BIN/pg_ctl"),
  /** First boot needs time. */
  PFLY011("the health check has no grace period or one under 1m; first boot (initdb, Tailscale, migrations) takes longer",
      "set grace_period = \"1m\" (the most Fly honours) and [deploy] wait_timeout = \"10m\""),
  /** Suspended machines drop off the tailnet. */
  PFLY012("the machine can be stopped or suspended when idle; Tailscale traffic does not count as activity",
      "set auto_stop_machines = \"off\" and min_machines_running = 1"),
  /** Node image must be a pinned Node 24. */
  PFLY013("the Node base image is not a pinned Node 24 tag (Paperclip needs Node.js 24.11 or newer)",
      "use a pinned tag such as node:24.22.3-trixie-slim, never lts or latest"),
  /** HOST does not choose the listen address. */
  PFLY014("HOST is set, but Paperclip takes its listen address from server.bind",
      "set \"bind\": \"lan\" in config.json's server section and drop HOST"),
  /** Relative or ~ paths follow HOME. */
  PFLY015("a path in config.json is not absolute; Paperclip resolves ~ against HOME, not the volume",
      "write absolute paths under the volume, e.g. /paperclip/instances/default/..."),
  /** The agent JWT secret is separate. */
  PFLY016("nothing provides PAPERCLIP_AGENT_JWT_SECRET, which Paperclip needs besides BETTER_AUTH_SECRET",
      "set it as a Fly secret: printf 'PAPERCLIP_AGENT_JWT_SECRET=%s\\n' \"$(openssl rand -hex 32)\" | flyctl secrets import"),
  /** Always set PAPERCLIP_CONFIG. */
  PFLY017("PAPERCLIP_CONFIG is never set, so Paperclip may pick up a stray .paperclip/config.json from the cwd",
      "set PAPERCLIP_CONFIG to the config path on the volume"),
  /** Migrations prompt under a TTY. */
  PFLY018("PAPERCLIP_MIGRATION_AUTO_APPLY is not set; with a TTY attached migrations prompt and are refused",
      "set PAPERCLIP_MIGRATION_AUTO_APPLY=true"),
  /** bootstrap-ceo exits 0 on failure. */
  PFLY019("the bootstrap is judged by exit code or a fixed sleep; bootstrap-ceo exits 0 even when it fails",
      "wait for /api/health, then mark bootstrapped only when the output has a pcp_bootstrap_ invite URL"),
  /** trust authentication. */
  PFLY020("PostgreSQL trusts every local connection without a password",
      "generate a password on first boot (0600 on the volume) and use scram-sha-256, or peer auth"),
  /** curl | sh. */
  PFLY021("an installer is piped from the network into a shell, unpinned",
      "copy binaries from a pinned image (COPY --from=tailscale/tailscale:vX.Y.Z) or use a pinned apt repository"),
  /** force_https contradicts Flycast. */
  PFLY022("force_https is on for a private deployment; Flycast is plain HTTP and TLS is terminated by tailscale serve",
      "set force_https = false"),
  /** Unpinned npm packages. */
  PFLY023("an npm package is installed without an exact version",
      "pin it: npm install -g paperclipai@2026.916.1 @anthropic-ai/claude-code@X.Y.Z"),
  /** Sign-up stays open. */
  PFLY024("sign-up is never closed, so anyone who reaches the instance can register after the first admin",
      "set PAPERCLIP_AUTH_DISABLE_SIGN_UP=true once the bootstrap invite was accepted"),
  /** A password in a file. */
  PFLY025("a database password is written into a file of the bundle",
      "pass credentials as Fly secrets or generate them at boot; keep connection strings in files password-free"),
  /** SIGTERM not handled. */
  PFLY026("the entrypoint starts PostgreSQL but handles no signal, so a stop kills PostgreSQL uncleanly",
      "trap TERM, forward it to Paperclip, then pg_ctl stop -m fast"),
  /** Fly lowers service check grace periods above 1m. */
  PFLY027("the health check grace period is above 1m, which Fly lowers to 1m: the boot budget it claims is not given",
      "set grace_period = \"1m\" and cover a slow first boot with [deploy] wait_timeout = \"10m\""),
  /** allowed-hostname at boot rewrites the config and its failures are silenced. */
  PFLY028("the entrypoint runs paperclipai allowed-hostname with its output discarded: it exits 0 even when it"
      + " fails, so a failure goes unnoticed, and each new hostname rewrites the whole config.json",
      "pass the hostnames in PAPERCLIP_ALLOWED_HOSTNAMES (and PAPERCLIP_PUBLIC_URL) instead");

  private final String problem;
  private final String fix;

  LintRule(String problem, String fix) {
    this.problem = problem;
    this.fix = fix;
  }

  /** The rule id, e.g. {@code PFLY004}. */
  public String id() {
    return name();
  }

  /** What is wrong when the rule trips. */
  public String problem() {
    return problem;
  }

  /** How to fix it. */
  public String fix() {
    return fix;
  }
}
