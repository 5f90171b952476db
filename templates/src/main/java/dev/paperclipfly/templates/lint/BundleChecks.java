package dev.paperclipfly.templates.lint;

import dev.paperclipfly.templates.lint.BundleLinter.BundleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rule implementations, one method per {@link LintRule}, over one bundle's files. */
final class BundleChecks {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern SU = Pattern.compile("(^|[\\s;&|(])su\\s");
  private static final Pattern USERSPACE = Pattern.compile("--tun=userspace-networking");
  private static final Pattern TUN_CHECK = Pattern.compile("/dev/net/tun|TUN_DEVICE");
  private static final Pattern STATE_FLAG = Pattern.compile("--state[= ]");
  private static final Pattern PG_TOOLS = Pattern.compile("\\b(initdb|pg_ctl)\\b");
  private static final Pattern PG_HARDCODED_BIN = Pattern.compile("/usr/lib/postgresql/\\d+/bin");
  private static final Pattern PG_CONFIG_BINDIR = Pattern.compile("pg_config\\s+--bindir");
  private static final Pattern NODE_FROM = Pattern.compile(
      "^\\s*FROM\\s+(--platform=\\S+\\s+)?(docker\\.io/)?(library/)?node(:(?<tag>[^\\s@]+))?(@\\S+)?(\\s+AS\\s+\\S+)?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PINNED_NODE_24 = Pattern.compile("24\\.(\\d+)\\.\\d+(-[a-z0-9.-]+)?");
  private static final Pattern HOST_ENV = Pattern.compile("(^|\\s)HOST=|^\\s*ENV\\s+HOST\\s");
  private static final Pattern CP_CONFIG = Pattern.compile("\\bcp\\b.*config\\.json");
  private static final Pattern ABSENT_TEST = Pattern.compile("!\\s+-[fes]\\s|\\|\\|\\s*cp\\b|-n\\s");
  private static final Pattern BOOTSTRAP = Pattern.compile("bootstrap-ceo");
  private static final Pattern INVITE_TOKEN = Pattern.compile("pcp_bootstrap_");
  private static final Pattern TRUST = Pattern.compile("\\btrust\\b");
  private static final Pattern PIPE_TO_SHELL = Pattern.compile("\\b(curl|wget)\\b[^|]*\\|\\s*(sudo\\s+)?(ba|da|z)?sh\\b");
  private static final Pattern NPM_GLOBAL = Pattern.compile("\\bnpm\\s+(install|i|add)\\b(?<args>[^&;|]*)");
  private static final Pattern PINNED_PACKAGE = Pattern.compile("(@[^/\\s]+/)?[^@\\s]+@\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
  private static final Pattern PASSWORD_URL = Pattern.compile("postgres(ql)?://[^:/@\\s\"']+:(?!\\$)[^@\\s\"']+@");
  private static final Pattern PG_START = Pattern.compile("pg_ctl\\b.*\\bstart\\b|\\bpostgres\\s+-D\\b");
  private static final Pattern ALLOWED_HOSTNAME_SILENCED =
      Pattern.compile("allowed-hostname\\b.*(\\|\\|\\s*true|>\\s*/dev/null|2>\\s*/dev/null)");
  private static final Pattern TRAP = Pattern.compile("^\\s*trap\\s");
  private static final Pattern MEMORY = Pattern.compile("(?i)\\s*(\\d+)\\s*(mb|gb|m|g)?\\s*");
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final List<String> CONFIG_PATHS = List.of(
      "database.backup.dir", "database.embeddedPostgresDataDir", "logging.logDir",
      "storage.localDisk.baseDir", "secrets.localEncrypted.keyFilePath");

  private final BundleFiles files;
  private final Optional<JsonNode> config;
  private final Optional<TomlParseResult> fly;
  private final List<Finding> findings = new ArrayList<>();

  BundleChecks(BundleFiles files) {
    this.files = files;
    this.config = files.configJson().flatMap(BundleChecks::parseJson);
    this.fly = files.flyToml().map(f -> Toml.parse(f.text())).filter(r -> !r.hasErrors());
  }

  List<Finding> run() {
    embeddedPostgres();
    urlInsteadOfConnectionString();
    meta();
    su();
    healthCheckHost();
    memory();
    userspaceTailscale();
    stateInsteadOfStatedir();
    configHiddenByVolume();
    postgresBinaries();
    gracePeriod();
    autoStop();
    nodeImage();
    hostInsteadOfBind();
    relativeConfigPaths();
    mentionedSomewhere(LintRule.PFLY016, "PAPERCLIP_AGENT_JWT_SECRET");
    mentionedSomewhere(LintRule.PFLY017, "PAPERCLIP_CONFIG");
    mentionedSomewhere(LintRule.PFLY018, "PAPERCLIP_MIGRATION_AUTO_APPLY");
    bootstrapJudgedByExitCode();
    trustAuthentication();
    pipeToShell();
    forceHttpsWithFlycast();
    unpinnedNpm();
    signUpNeverClosed();
    passwordInFile();
    noSignalHandling();
    silencedAllowedHostname();
    return findings;
  }

  // Gotcha: embedded-postgres does not initialise in Docker.
  private void embeddedPostgres() {
    config.ifPresent(c -> {
      JsonNode db = c.path("database");
      if (!db.isMissingNode() && db.path("mode").asString("embedded-postgres").equals("embedded-postgres")) {
        add(LintRule.PFLY001, files.configJson().get(), jsonLine("mode"));
      }
    });
  }

  // Gotcha: the key is connectionString, not url.
  private void urlInsteadOfConnectionString() {
    config.ifPresent(c -> {
      JsonNode db = c.path("database");
      if (db.has("url") && !db.has("connectionString")) {
        add(LintRule.PFLY002, files.configJson().get(), jsonLine("url"));
      }
    });
  }

  // Gotcha: $meta is required.
  private void meta() {
    config.ifPresent(c -> {
      if (c.path("$meta").path("version").asInt(0) != 1) {
        add(LintRule.PFLY003, files.configJson().get(), 1);
      }
    });
  }

  // Gotcha: su drops environment variables.
  private void su() {
    files.startSh().ifPresent(s -> s.find(SU).forEach(l -> add(LintRule.PFLY004, s, l.number())));
  }

  // Gotcha: authenticated mode blocks health checks unless they send an allowed Host.
  private void healthCheckHost() {
    fly.ifPresent(t -> {
      List<TomlTable> checks = httpChecks(t);
      boolean hostSent = checks.stream().anyMatch(c -> {
        TomlTable headers = c.getTable("headers");
        return headers != null && headers.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("host"));
      });
      if (!hostSent) {
        add(LintRule.PFLY005, files.flyToml().get(), checks.isEmpty() ? 0 : line(checks.get(0).inputPositionOf("path")));
      }
    });
  }

  // Gotcha: 512 MB is not enough.
  private void memory() {
    fly.ifPresent(t -> {
      TomlArray vms = t.getArray("vm");
      if (vms == null || vms.isEmpty()) {
        add(LintRule.PFLY006, files.flyToml().get(), 0);
        return;
      }
      for (int i = 0; i < vms.size(); i++) {
        TomlTable vm = vms.getTable(i);
        long mb = memoryMb(vm);
        if (mb < 1024) {
          TomlPosition at = vm.contains("memory") ? vm.inputPositionOf("memory") : vm.inputPositionOf("memory_mb");
          add(LintRule.PFLY006, files.flyToml().get(), line(at));
        }
      }
    });
  }

  // Gotcha: use TUN mode on Fly, not userspace networking.
  private void userspaceTailscale() {
    files.startSh().ifPresent(s -> {
      if (!s.contains(TUN_CHECK)) {
        s.find(USERSPACE).forEach(l -> add(LintRule.PFLY007, s, l.number()));
      }
    });
  }

  // Gotcha: --statedir, not --state.
  private void stateInsteadOfStatedir() {
    files.startSh().ifPresent(s -> s.find(STATE_FLAG).forEach(l -> add(LintRule.PFLY008, s, l.number())));
  }

  // Gotcha: the volume mount hides COPY'd files; copy config in only when absent.
  private void configHiddenByVolume() {
    String volume = fly.map(t -> t.getString("mounts.destination")).orElse("/paperclip");
    Pattern copyIntoVolume = Pattern.compile("^\\s*COPY\\b.*config\\.json\\s+" + Pattern.quote(volume) + "(/\\S*)?\\s*$",
        Pattern.CASE_INSENSITIVE);
    files.dockerfile().ifPresent(d -> d.find(copyIntoVolume).forEach(l -> add(LintRule.PFLY009, d, l.number())));
    files.startSh().ifPresent(s -> {
      List<String> raw = s.rawLines();
      for (SourceFile.Line cp : s.find(CP_CONFIG)) {
        boolean guarded = false;
        for (int i = Math.max(0, cp.number() - 6); i < cp.number(); i++) {
          guarded |= ABSENT_TEST.matcher(raw.get(i)).find();
        }
        if (!guarded) {
          add(LintRule.PFLY009, s, cp.number());
        }
      }
    });
  }

  // Gotcha: PostgreSQL binaries are not on PATH; use pg_config --bindir.
  private void postgresBinaries() {
    files.startSh().ifPresent(s -> {
      s.find(PG_HARDCODED_BIN).forEach(l -> add(LintRule.PFLY010, s, l.number()));
      List<SourceFile.Line> uses = s.find(PG_TOOLS);
      if (!uses.isEmpty() && !s.contains(PG_CONFIG_BINDIR) && !s.contains(PG_HARDCODED_BIN)) {
        add(LintRule.PFLY010, s, uses.get(0).number());
      }
    });
  }

  // Gotcha: health check grace period. First boot needs the longest one Fly honours, which is 1m:
  // flyctl warns that a service check's longer grace period "will be lowered to 1 minute".
  private void gracePeriod() {
    fly.ifPresent(t -> {
      for (TomlTable check : httpChecks(t)) {
        String grace = check.getString("grace_period");
        long seconds = grace == null ? 0 : durationSeconds(grace);
        int at = line(check.inputPositionOf(grace == null ? "path" : "grace_period"));
        if (seconds < 60) {
          add(LintRule.PFLY011, files.flyToml().get(), at);
        } else if (seconds > 60) {
          add(LintRule.PFLY027, files.flyToml().get(), at);
        }
      }
    });
  }

  // Gotcha: min_machines_running = 1; a suspended machine drops off the tailnet.
  private void autoStop() {
    fly.ifPresent(t -> {
      TomlTable http = t.getTable("http_service");
      if (http == null) {
        return;
      }
      Object autoStop = http.get("auto_stop_machines");
      if (autoStop == null || Boolean.TRUE.equals(autoStop) || "suspend".equals(autoStop) || "stop".equals(autoStop)) {
        add(LintRule.PFLY012, files.flyToml().get(), line(http.inputPositionOf("auto_stop_machines")));
      }
      Long min = http.getLong("min_machines_running");
      if (min == null || min < 1) {
        add(LintRule.PFLY012, files.flyToml().get(), line(http.inputPositionOf("min_machines_running")));
      }
    });
  }

  // Paperclip needs Node.js 24.11 or newer: a pinned Node 24 image.
  private void nodeImage() {
    files.dockerfile().ifPresent(d -> {
      for (SourceFile.Line l : d.codeLines()) {
        Matcher m = NODE_FROM.matcher(l.text());
        if (m.matches()) {
          String tag = m.group("tag") == null ? "" : m.group("tag");
          Matcher pinned = PINNED_NODE_24.matcher(tag);
          if (!pinned.matches() || Integer.parseInt(pinned.group(1)) < 11) {
            add(LintRule.PFLY013, d, l.number());
          }
        }
      }
    });
  }

  // The listen address comes from server.bind, not HOST.
  private void hostInsteadOfBind() {
    boolean bindSet = config.map(c -> c.path("server").has("bind")).orElse(false);
    if (bindSet) {
      return;
    }
    files.dockerfile().ifPresent(d -> d.find(HOST_ENV).forEach(l -> add(LintRule.PFLY014, d, l.number())));
    fly.ifPresent(t -> {
      TomlTable env = t.getTable("env");
      if (env != null && env.contains("HOST")) {
        add(LintRule.PFLY014, files.flyToml().get(), line(env.inputPositionOf("HOST")));
      }
    });
  }

  // Every path in config.json absolute: Paperclip's ~ defaults follow HOME, not the volume.
  private void relativeConfigPaths() {
    config.ifPresent(c -> {
      for (String path : CONFIG_PATHS) {
        JsonNode node = c;
        for (String key : path.split("\\.")) {
          node = node.path(key);
        }
        if (node.isString() && !node.asString().startsWith("/")) {
          String last = path.substring(path.lastIndexOf('.') + 1);
          add(LintRule.PFLY015, files.configJson().get(), jsonLine(last));
        }
      }
    });
  }

  private void mentionedSomewhere(LintRule rule, String name) {
    Pattern p = Pattern.compile("\\b" + name + "\\b");
    boolean mentioned = files.present().stream().filter(f -> f != files.configJson().orElse(null))
        .anyMatch(f -> f.contains(p));
    Optional<SourceFile> where = files.startSh().or(files::dockerfile);
    if (!mentioned && where.isPresent()) {
      add(rule, where.get(), 0);
    }
  }

  // bootstrap-ceo exits 0 even when it fails: only an invite URL in its output proves it worked.
  private void bootstrapJudgedByExitCode() {
    files.startSh().ifPresent(s -> {
      List<SourceFile.Line> calls = s.find(BOOTSTRAP);
      if (!calls.isEmpty() && !s.contains(INVITE_TOKEN)) {
        add(LintRule.PFLY019, s, calls.get(0).number());
      }
    });
  }

  private void trustAuthentication() {
    files.startSh().ifPresent(s -> s.find(TRUST).forEach(l -> add(LintRule.PFLY020, s, l.number())));
  }

  private void pipeToShell() {
    files.dockerfile().ifPresent(d -> d.find(PIPE_TO_SHELL).forEach(l -> add(LintRule.PFLY021, d, l.number())));
    files.startSh().ifPresent(s -> s.find(PIPE_TO_SHELL).forEach(l -> add(LintRule.PFLY021, s, l.number())));
  }

  // Flycast is HTTP only: force_https contradicts a private deployment.
  private void forceHttpsWithFlycast() {
    fly.ifPresent(t -> {
      if (!Boolean.TRUE.equals(t.getBoolean("http_service.force_https"))) {
        return;
      }
      boolean privateExposure = config.map(c -> c.path("server").path("exposure").asString("private").equals("private"))
          .orElse(false)
          || "private".equals(t.getString("env.PAPERCLIP_DEPLOYMENT_EXPOSURE"));
      if (privateExposure) {
        add(LintRule.PFLY022, files.flyToml().get(), line(t.inputPositionOf("http_service.force_https")));
      }
    });
  }

  private void unpinnedNpm() {
    files.dockerfile().ifPresent(d -> {
      for (SourceFile.Line l : d.logicalLines()) {
        Matcher m = NPM_GLOBAL.matcher(l.text());
        while (m.find()) {
          for (String arg : m.group("args").trim().split("\\s+")) {
            if (!arg.isEmpty() && !arg.startsWith("-") && !PINNED_PACKAGE.matcher(arg).matches()) {
              add(LintRule.PFLY023, d, l.number());
            }
          }
        }
      }
    });
  }

  private void signUpNeverClosed() {
    config.ifPresent(c -> {
      boolean closedInConfig = c.path("auth").path("disableSignUp").asBoolean(false);
      Pattern env = Pattern.compile("PAPERCLIP_AUTH_DISABLE_SIGN_UP");
      boolean closedByEnv = files.present().stream().anyMatch(f -> f.contains(env));
      if (!closedInConfig && !closedByEnv) {
        add(LintRule.PFLY024, files.configJson().get(), jsonLine("disableSignUp"));
      }
    });
  }

  private void passwordInFile() {
    for (SourceFile f : files.present()) {
      if (files.startSh().map(s -> s == f).orElse(false)) {
        continue; // the entrypoint builds URLs from runtime values
      }
      f.find(PASSWORD_URL).forEach(l -> add(LintRule.PFLY025, f, l.number()));
    }
  }

  private void noSignalHandling() {
    files.startSh().ifPresent(s -> {
      if (s.contains(PG_START) && !s.contains(TRAP)) {
        add(LintRule.PFLY026, s, 0);
      }
    });
  }

  // allowed-hostname exits 0 even when it fails; with its output discarded nothing shows a failure.
  private void silencedAllowedHostname() {
    files.startSh().ifPresent(s -> s.find(ALLOWED_HOSTNAME_SILENCED).forEach(l -> add(LintRule.PFLY028, s, l.number())));
  }

  private void add(LintRule rule, SourceFile file, int line) {
    findings.add(new Finding(rule.id(), file.name(), line, rule.problem(), rule.fix()));
  }

  private int jsonLine(String key) {
    return files.configJson().map(f -> f.lineOf(Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:"))).orElse(0);
  }

  private static int line(TomlPosition position) {
    return position == null ? 0 : position.line();
  }

  private static List<TomlTable> httpChecks(TomlParseResult t) {
    List<TomlTable> checks = new ArrayList<>();
    TomlArray http = t.getArray("http_service.checks");
    if (http != null) {
      for (int i = 0; i < http.size(); i++) {
        checks.add(http.getTable(i));
      }
    }
    TomlArray services = t.getArray("services");
    if (services != null) {
      for (int i = 0; i < services.size(); i++) {
        TomlArray svcChecks = services.getTable(i).getArray("http_checks");
        for (int j = 0; svcChecks != null && j < svcChecks.size(); j++) {
          checks.add(svcChecks.getTable(j));
        }
      }
    }
    return checks;
  }

  private static long memoryMb(TomlTable vm) {
    Object memory = vm.contains("memory") ? vm.get("memory") : vm.get("memory_mb");
    if (memory instanceof Long l) {
      return l;
    }
    if (memory instanceof String s) {
      Matcher m = MEMORY.matcher(s);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "mb" : m.group(2).toLowerCase();
        return unit.startsWith("g") ? n * 1024 : n;
      }
    }
    return 256; // Fly's default for shared-cpu-1x
  }

  private static long durationSeconds(String text) {
    Matcher m = DURATION.matcher(text);
    long total = 0;
    boolean any = false;
    while (m.find()) {
      any = true;
      long n = Long.parseLong(m.group(1));
      total += switch (m.group(2)) {
        case "ms" -> n / 1000;
        case "m" -> n * 60;
        case "h" -> n * 3600;
        default -> n;
      };
    }
    return any ? total : 0;
  }

  private static Optional<JsonNode> parseJson(SourceFile f) {
    try {
      return Optional.of(JSON.readTree(f.text()));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
