package dev.paperclipfly.fly;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationException;
import dev.paperclipfly.core.validation.ValidationResult;
import dev.paperclipfly.fly.internal.FlyJson;
import dev.paperclipfly.fly.internal.FlyTomlTree;
import dev.paperclipfly.fly.internal.GoDurations;
import dev.paperclipfly.fly.internal.GuestSizes;
import dev.paperclipfly.fly.internal.Shlex;
import dev.paperclipfly.fly.model.Autostop;
import dev.paperclipfly.fly.model.HttpHeader;
import dev.paperclipfly.fly.model.MachineCheck;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.MachineFile;
import dev.paperclipfly.fly.model.MachineGuest;
import dev.paperclipfly.fly.model.MachineInit;
import dev.paperclipfly.fly.model.MachineMetrics;
import dev.paperclipfly.fly.model.MachineMount;
import dev.paperclipfly.fly.model.MachinePort;
import dev.paperclipfly.fly.model.MachineRestart;
import dev.paperclipfly.fly.model.MachineService;
import dev.paperclipfly.fly.model.MachineServiceCheck;
import dev.paperclipfly.fly.model.MachineStatic;
import dev.paperclipfly.fly.model.StopConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Turns a fly.toml into the Machine config of one process group, the way {@code flyctl deploy} does
 * ({@code internal/appconfig/machines.go}): {@code [http_service]} becomes a service on ports 80 and
 * 443, checks take the API's shape ({@code headers} as {@code [{name, values}]}), {@code [[mounts]]}
 * become mounts by volume name, {@code [[vm]]} becomes the guest, {@code [env]} gains
 * {@code PRIMARY_REGION} and {@code FLY_PROCESS_GROUP}, {@code kill_signal}/{@code kill_timeout}
 * become the stop config, {@code [[restart]]} the restart policy, and the metadata carries
 * {@code fly_platform_version = v2} and {@code fly_process_group} so flyctl treats the Machine as part
 * of the app.
 *
 * <p>It reads the fly.toml as a tree (the same keys flyctl reads), including the older shapes flyctl
 * still accepts. Problems are reported all at once in a {@link ValidationException}, each with the
 * fly.toml path of the value.
 */
public final class MachineConfigMapper {
  private static final String DEFAULT_GROUP = "app";
  private static final JsonMapper JSON = FlyJson.mapper();

  private final ObjectNode toml;

  private MachineConfigMapper(ObjectNode normalized) {
    this.toml = normalized;
  }

  /**
   * Reads fly.toml text.
   *
   * @throws IllegalArgumentException when the text is not TOML, with the parser's line and column
   */
  public static MachineConfigMapper parse(String flyToml) {
    try {
      return of(TomlMapper.builder().build().readTree(flyToml));
    } catch (JacksonException e) {
      throw new IllegalArgumentException("fly.toml is not valid TOML: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    }
  }

  /** Uses an already parsed fly.toml (keys as in the file). */
  public static MachineConfigMapper of(JsonNode flyToml) {
    return new MachineConfigMapper(FlyTomlTree.normalize(flyToml));
  }

  /** The process groups, sorted; {@code ["app"]} when {@code [processes]} is absent or empty. */
  public List<String> processGroups() {
    TreeSet<String> names = new TreeSet<>();
    toml.path("processes").propertyNames().forEach(names::add);
    return names.isEmpty() ? List.of(DEFAULT_GROUP) : List.copyOf(names);
  }

  /** {@code app} when it is a group (or there are none), otherwise the first group by name. */
  public String defaultProcessGroup() {
    List<String> groups = processGroups();
    return groups.contains(DEFAULT_GROUP) ? DEFAULT_GROUP : groups.get(0);
  }

  /**
   * The config of a new Machine in {@code group}.
   *
   * @throws ValidationException listing every problem found in the fly.toml
   */
  public MachineConfig toMachineConfig(String group) {
    return map(group, Optional.empty());
  }

  /**
   * The config of an existing Machine of {@code group} after deploying this fly.toml: fields fly.toml
   * manages are replaced, the rest (schedule, auto_destroy, dns, guest without {@code [[vm]]}, unknown
   * fields) is kept, and metadata is merged.
   *
   * @throws ValidationException listing every problem found in the fly.toml
   */
  public MachineConfig toMachineConfig(String group, MachineConfig existing) {
    return map(group, Optional.of(existing));
  }

  /**
   * The config of the one-off Machine that runs {@code [deploy] release_command} before a deploy: it
   * runs the command once ({@code restart = no}), destroys itself, stays out of DNS, and takes its
   * guest from {@code release_command_vm}.
   *
   * @throws ValidationException when there is no release command or the fly.toml has problems
   */
  public MachineConfig toReleaseCommandConfig() {
    List<Problem> problems = new ArrayList<>();
    String group = "fly_app_release_command";
    String command = toml.path("deploy").path("release_command").asString("");
    List<String> cmd = List.of();
    if (command.isBlank()) {
      problems.add(Problem.error("deploy.release_command", "is not set: there is no release command to run"));
    } else {
      try {
        cmd = Shlex.split(command);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error("deploy.release_command", e.getMessage()));
      }
    }
    Map<String, String> env = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : toml.path("env").properties()) {
      env.put(e.getKey(), e.getValue().asString());
    }
    env.put("RELEASE_COMMAND", "1");
    env.put("FLY_PROCESS_GROUP", group);
    optText(toml, "primary_region").ifPresent(r -> env.put("PRIMARY_REGION", r));
    MachineInit.Builder init = MachineInit.builder().cmd(cmd).swapSizeMb(optInt(toml, "swap_size_mb"));
    Optional.ofNullable(toml.get("experimental")).ifPresent(ex -> init.entrypoint(strings(ex.path("entrypoint"))));
    MachineConfig.Builder b = MachineConfig.builder()
        .init(init.build())
        .restart(MachineRestart.builder().policy("no").build())
        .autoDestroy(true)
        .dns(dev.paperclipfly.fly.model.DnsConfig.builder().skipRegistration(true).build())
        .putMetadata("fly_platform_version", "v2")
        .putMetadata("fly_process_group", group)
        .env(env)
        .stopConfig(stopConfig(problems))
        .files(files(group, problems));
    JsonNode vm = toml.path("deploy").get("release_command_vm");
    if (vm != null && vm.isObject()) {
      guestFrom(vm, "deploy.release_command_vm", problems).ifPresent(b::guest);
    }
    new ValidationResult(problems).throwIfInvalid("fly.toml release command");
    return b.build();
  }

  private MachineConfig map(String requestedGroup, Optional<MachineConfig> existing) {
    String group = requestedGroup == null || requestedGroup.isBlank() ? defaultProcessGroup() : requestedGroup;
    List<Problem> problems = new ArrayList<>();
    MachineConfig base = existing.orElseGet(() -> MachineConfig.builder().build());
    base = mergeMachineConfigOption(base, problems);
    MachineConfig.Builder b = MachineConfig.builder().from(base);

    b.metrics(matching(toml.path("metrics"), group).stream().findFirst()
        .map(m -> MachineMetrics.builder()
            .port(optInt(m, "port"))
            .path(optText(m, "path"))
            .https(optBool(m, "https"))
            .build()));
    MachineInit init = init(group, base.init(), problems);
    // An empty init adds nothing; leave it out unless the Machine had one.
    b.init(base.init().isPresent() || !JSON.valueToTree(init).isEmpty() ? Optional.of(init) : Optional.empty());
    Map<String, String> metadata = new LinkedHashMap<>(base.metadata());
    // Without these two keys flyctl does not count the Machine as part of the app.
    metadata.put("fly_platform_version", "v2");
    metadata.put("fly_process_group", group);
    b.metadata(metadata);
    b.services(services(group, problems));
    b.checks(checks(group, problems));
    b.env(env(group));
    b.statics(statics());
    b.mounts(mounts(group, base, problems));
    b.stopConfig(stopConfig(problems));
    b.files(files(group, problems));
    guest(group, problems).ifPresent(b::guest);
    b.restart(restart(group, problems));

    ValidationResult result = new ValidationResult(problems);
    result.throwIfInvalid("fly.toml for process group " + group);
    return b.build();
  }

  /** {@code machine_config} (or {@code experimental.machine_config}): inline JSON merged under the rest. */
  private MachineConfig mergeMachineConfigOption(MachineConfig base, List<Problem> problems) {
    String path = toml.has("machine_config") ? "machine_config" : "experimental.machine_config";
    JsonNode text = toml.has("machine_config") ? toml.get("machine_config") : toml.path("experimental").get("machine_config");
    if (text == null || text.asString("").isBlank()) {
      return base;
    }
    String value = text.asString().strip();
    if (!value.startsWith("{")) {
      problems.add(Problem.error(path, "only inline JSON is supported here; put the file's JSON itself in " + path));
      return base;
    }
    try {
      ObjectNode merged = (ObjectNode) JSON.valueToTree(base);
      deepMerge(merged, JSON.readTree(value));
      return JSON.treeToValue(merged, MachineConfig.class);
    } catch (JacksonException | IllegalArgumentException e) {
      problems.add(Problem.error(path, "is not a Machine config in JSON: " + e.getMessage()));
      return base;
    }
  }

  private static void deepMerge(ObjectNode into, JsonNode from) {
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      JsonNode current = into.get(e.getKey());
      if (current instanceof ObjectNode o && e.getValue().isObject()) {
        deepMerge(o, e.getValue());
      } else {
        into.set(e.getKey(), e.getValue());
      }
    }
  }

  private MachineInit init(String group, Optional<MachineInit> current, List<Problem> problems) {
    MachineInit.Builder init = MachineInit.builder();
    current.ifPresent(init::from);
    List<String> cmd = List.of();
    String command = toml.path("processes").path(group).asString("");
    if (!command.isBlank()) {
      try {
        cmd = Shlex.split(command);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error("processes." + group, e.getMessage()));
      }
    }
    JsonNode ex = toml.get("experimental");
    if (ex != null) {
      if (cmd.isEmpty()) {
        cmd = strings(ex.path("cmd"));
      }
      init.entrypoint(strings(ex.path("entrypoint")));
      init.exec(strings(ex.path("exec")));
    } else {
      init.entrypoint(List.of());
      init.exec(List.of());
    }
    init.cmd(cmd);
    init.swapSizeMb(optInt(toml, "swap_size_mb"));
    return init.build();
  }

  private List<MachineService> services(String group, List<Problem> problems) {
    List<MachineService> out = new ArrayList<>();
    JsonNode http = toml.get("http_service");
    if (http != null && http.isObject() && matches(http, group)) {
      out.add(httpService(http, problems));
    }
    int i = 0;
    for (JsonNode s : toml.path("services")) {
      if (matches(s, group)) {
        out.add(service(s, "services[" + i + "]", problems));
      }
      i++;
    }
    return out;
  }

  /** {@code [http_service]}: plain HTTP on 80 (optionally redirected to HTTPS) and TLS on 443. */
  private MachineService httpService(JsonNode http, List<Problem> problems) {
    Optional<JsonNode> httpOptions = Optional.ofNullable(http.get("http_options"));
    MachinePort.Builder p80 = MachinePort.builder().port(80).addHandlers("http");
    if (http.path("force_https").asBoolean(false)) {
      p80.forceHttps(true);
    }
    MachinePort.Builder p443 = MachinePort.builder().port(443).addHandlers("http", "tls");
    httpOptions.ifPresent(o -> {
      p80.httpOptions(convert(o, dev.paperclipfly.fly.model.HttpOptions.class, "http_service.http_options", problems));
      p443.httpOptions(convert(o, dev.paperclipfly.fly.model.HttpOptions.class, "http_service.http_options", problems));
    });
    Optional.ofNullable(http.get("tls_options")).ifPresent(o ->
        p443.tlsOptions(convert(o, dev.paperclipfly.fly.model.TlsOptions.class, "http_service.tls_options", problems)));
    MachineService.Builder s = MachineService.builder()
        .protocol("tcp")
        .internalPort(optInt(http, "internal_port"))
        .addPorts(p80.build(), p443.build());
    serviceCommon(s, http, "http_service", problems);
    int i = 0;
    for (JsonNode check : http.path("checks")) {
      // Not patched by flyctl: bare numbers here are nanoseconds. Gotcha "health check grace period":
      // write grace_period as text ("120s").
      s.addChecks(httpCheck(check, "http_service.checks[" + i++ + "]", 1, problems));
    }
    return s.build();
  }

  private MachineService service(JsonNode svc, String path, List<Problem> problems) {
    MachineService.Builder s = MachineService.builder()
        .protocol(optText(svc, "protocol"))
        .internalPort(optInt(svc, "internal_port"));
    int i = 0;
    for (JsonNode port : svc.path("ports")) {
      s.addPorts(convert(port, MachinePort.class, path + ".ports[" + i++ + "]", problems));
    }
    serviceCommon(s, svc, path, problems);
    i = 0;
    for (JsonNode check : svc.path("tcp_checks")) {
      String p = path + ".tcp_checks[" + i++ + "]";
      s.addChecks(MachineServiceCheck.builder().type("tcp")
          .interval(duration(check, "interval", p, 1_000_000L, problems))
          .timeout(duration(check, "timeout", p, 1_000_000L, problems))
          .gracePeriod(duration(check, "grace_period", p, 1_000_000L, problems))
          .build());
    }
    i = 0;
    for (JsonNode check : svc.path("http_checks")) {
      // flyctl reads bare numbers in service checks as milliseconds.
      s.addChecks(httpCheck(check, path + ".http_checks[" + i++ + "]", 1_000_000L, problems));
    }
    return s.build();
  }

  private void serviceCommon(MachineService.Builder s, JsonNode svc, String path, List<Problem> problems) {
    JsonNode autostop = svc.get("auto_stop_machines");
    if (autostop != null) {
      try {
        s.autostop(Autostop.fromJson(autostop.isBoolean() ? autostop.asBoolean() : autostop.asString()));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error(path + ".auto_stop_machines", e.getMessage()));
      }
    }
    s.autostart(optBool(svc, "auto_start_machines"));
    // Gotcha "min_machines_running = 1 is required": passed through as written, since a suspended
    // Machine is not woken by Tailscale traffic.
    s.minMachinesRunning(optInt(svc, "min_machines_running"));
    Optional.ofNullable(svc.get("concurrency")).ifPresent(c -> s.concurrency(
        convert(c, dev.paperclipfly.fly.model.ServiceConcurrency.class, path + ".concurrency", problems)));
  }

  private MachineServiceCheck httpCheck(JsonNode check, String path, long nanosPerBareNumber, List<Problem> problems) {
    return MachineServiceCheck.builder().type("http")
        .interval(duration(check, "interval", path, nanosPerBareNumber, problems))
        .timeout(duration(check, "timeout", path, nanosPerBareNumber, problems))
        .gracePeriod(duration(check, "grace_period", path, nanosPerBareNumber, problems))
        .method(optText(check, "method"))
        .path(optText(check, "path"))
        .protocol(optText(check, "protocol"))
        .tlsSkipVerify(optBool(check, "tls_skip_verify"))
        .tlsServerName(optText(check, "tls_server_name"))
        .headers(headers(check))
        .build();
  }

  /**
   * {@code [checks.name]}. A check without {@code port} takes {@code http_service.internal_port}.
   */
  private Map<String, MachineCheck> checks(String group, List<Problem> problems) {
    Map<String, MachineCheck> out = new LinkedHashMap<>();
    JsonNode http = toml.get("http_service");
    boolean httpInGroup = http != null && http.isObject() && matches(http, group);
    for (Map.Entry<String, JsonNode> e : toml.path("checks").properties()) {
      JsonNode check = e.getValue();
      if (!matches(check, group)) {
        continue;
      }
      String path = "checks." + e.getKey();
      String type = check.path("type").asString("");
      if (!type.equals("http") && !type.equals("tcp")) {
        problems.add(Problem.error(path + ".type", "must be \"http\" or \"tcp\", was \"" + type + "\""));
        continue;
      }
      Optional<Integer> port = optInt(check, "port");
      if (port.isEmpty()) {
        if (!httpInGroup) {
          problems.add(Problem.error(path + ".port", "check '" + e.getKey() + "' for process group '" + group
              + "' has no port set and the group has no http_service to take it from: set port"));
          continue;
        }
        port = optInt(http, "internal_port");
      }
      out.put(e.getKey(), MachineCheck.builder()
          .type(type)
          .port(port)
          // flyctl reads bare numbers in top-level checks as milliseconds.
          .interval(duration(check, "interval", path, 1_000_000L, problems))
          .timeout(duration(check, "timeout", path, 1_000_000L, problems))
          .gracePeriod(duration(check, "grace_period", path, 1_000_000L, problems))
          .method(optText(check, "method").map(m -> m.toUpperCase(java.util.Locale.ROOT)))
          .path(optText(check, "path"))
          .protocol(optText(check, "protocol"))
          .tlsSkipVerify(optBool(check, "tls_skip_verify"))
          .tlsServerName(optText(check, "tls_server_name"))
          .headers(headers(check))
          .build());
    }
    return out;
  }

  /**
   * fly.toml writes check headers as a table; the API wants {@code [{name, values: [value]}]}.
   * Gotcha "authenticated mode blocks health checks": this is how {@code Host = "localhost"} reaches
   * Paperclip's hostname guard.
   */
  private static List<HttpHeader> headers(JsonNode check) {
    List<HttpHeader> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> h : check.path("headers").properties()) {
      out.add(HttpHeader.builder().name(h.getKey()).addValues(h.getValue().asString()).build());
    }
    return out;
  }

  private Map<String, String> env(String group) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : toml.path("env").properties()) {
      env.put(e.getKey(), e.getValue().asString());
    }
    env.put("FLY_PROCESS_GROUP", group);
    optText(toml, "primary_region").ifPresent(r -> env.put("PRIMARY_REGION", r));
    return env;
  }

  private List<MachineStatic> statics() {
    List<MachineStatic> out = new ArrayList<>();
    for (JsonNode s : toml.path("statics")) {
      out.add(MachineStatic.builder()
          .guestPath(s.path("guest_path").asString(""))
          .urlPrefix(s.path("url_prefix").asString(""))
          .tigrisBucket(optText(s, "tigris_bucket"))
          .indexDocument(optText(s, "index_document"))
          .build());
    }
    return out;
  }

  /**
   * {@code [[mounts]]} name the volume, not its ID. On an existing Machine the attached volume's ID is
   * kept: a Machine's volume cannot be swapped by an update.
   */
  private List<MachineMount> mounts(String group, MachineConfig base, List<Problem> problems) {
    List<MachineMount> out = new ArrayList<>();
    int i = 0;
    for (JsonNode m : toml.path("mounts")) {
      String path = "mounts[" + i++ + "]";
      if (!matches(m, group)) {
        continue;
      }
      String name = m.path("source").asString("");
      String destination = m.path("destination").asString("");
      if (destination.equals("/")) {
        problems.add(Problem.error(path + ".destination", "a volume cannot be mounted at /: pick a directory such as /data"));
      }
      MachineMount.Builder mount = MachineMount.builder().name(name).path(destination)
          .extendThresholdPercent(optInt(m, "auto_extend_size_threshold"))
          .addSizeGb(volumeGb(m, "auto_extend_size_increment", path, problems))
          .sizeGbLimit(volumeGb(m, "auto_extend_size_limit", path, problems));
      base.mounts().stream()
          .filter(old -> old.name().filter(name::equals).isPresent())
          .findFirst()
          .flatMap(MachineMount::volume)
          .ifPresent(mount::volume);
      out.add(mount.build());
    }
    if (out.size() > 1) {
      problems.add(Problem.error("mounts", "process group '" + group + "' has " + out.size()
          + " mounts; a Machine mounts at most one volume"));
    }
    return out;
  }

  private Optional<StopConfig> stopConfig(List<Problem> problems) {
    Optional<String> signal = optText(toml, "kill_signal");
    // Top-level kill_timeout: a bare number is seconds.
    Optional<Duration> timeout = duration(toml, "kill_timeout", "", 1_000_000_000L, problems);
    if (signal.isEmpty() && timeout.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(StopConfig.builder().signal(signal).timeout(timeout).build());
  }

  private List<MachineFile> files(String group, List<Problem> problems) {
    List<MachineFile> out = new ArrayList<>();
    int i = 0;
    for (JsonNode f : toml.path("files")) {
      String path = "files[" + i++ + "]";
      if (!matches(f, group)) {
        continue;
      }
      MachineFile.Builder file = MachineFile.builder().guestPath(optText(f, "guest_path"));
      if (f.has("raw_value")) {
        // flyctl sends raw_value base64-encoded.
        file.rawValue(Base64.getEncoder().encodeToString(f.path("raw_value").asString().getBytes(StandardCharsets.UTF_8)));
      } else if (f.has("secret_name")) {
        file.secretName(f.path("secret_name").asString());
      } else {
        problems.add(Problem.error(path, "local_path is not read by this mapper: put the content in raw_value"
            + " or store it as a secret and use secret_name"));
        continue;
      }
      out.add(file.build());
    }
    return out;
  }

  /** The most specific {@code [[vm]]} for the group; empty keeps the Machine's current guest. */
  private Optional<MachineGuest> guest(String group, List<Problem> problems) {
    // A [[vm]] naming the group wins over one without processes, which applies to every group.
    JsonNode chosen = null;
    int chosenIndex = -1;
    int i = 0;
    for (JsonNode vm : toml.path("vm")) {
      List<String> processes = strings(vm.path("processes"));
      if (processes.contains(group) || (processes.isEmpty() && chosen == null)) {
        chosen = vm;
        chosenIndex = i;
      }
      i++;
    }
    if (chosen == null) {
      return Optional.empty();
    }
    return guestFrom(chosen, "vm[" + chosenIndex + "]", problems);
  }

  /** A guest from a {@code [[vm]]}-shaped table: size preset, then memory, then explicit fields. */
  private Optional<MachineGuest> guestFrom(JsonNode chosen, String path, List<Problem> problems) {
    String size = optText(chosen, "size").orElse(optText(chosen, "gpu_kind").isPresent()
        ? GuestSizes.DEFAULT_GPU_SIZE : GuestSizes.DEFAULT_SIZE);
    Optional<MachineGuest> preset = GuestSizes.preset(size);
    if (preset.isEmpty()) {
      problems.add(Problem.error(path + ".size", "unknown size \"" + size + "\": use one of " + GuestSizes.presetNames()));
      return Optional.empty();
    }
    MachineGuest.Builder g = MachineGuest.builder().from(preset.get());
    // A [[vm]] host_dedication_id wins over the top-level one.
    optText(chosen, "host_dedication_id").or(() -> optText(toml, "host_dedication_id")).ifPresent(g::hostDedicationId);
    // Gotcha "512MB isn't enough memory": "1024mb" and "1gb" both mean 1024 MB here, as in flyctl.
    optText(chosen, "memory").ifPresent(m -> {
      try {
        int mb = GuestSizes.memoryMb(m);
        if (mb == 0) {
          problems.add(Problem.error(path + ".memory", "memory cannot be zero"));
        }
        g.memoryMb(mb);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error(path + ".memory", e.getMessage()));
      }
    });
    // Explicit guest fields override the size preset; zero and empty values do not.
    optText(chosen, "cpu_kind").ifPresent(g::cpuKind);
    optInt(chosen, "cpus").filter(n -> n != 0).ifPresent(g::cpus);
    optInt(chosen, "memory_mb").filter(n -> n != 0).ifPresent(g::memoryMb);
    optInt(chosen, "max_memory_mb").filter(n -> n != 0).ifPresent(g::maxMemoryMb);
    optInt(chosen, "gpus").filter(n -> n != 0).ifPresent(g::gpus);
    optText(chosen, "gpu_kind").ifPresent(g::gpuKind);
    optText(chosen, "persist_rootfs").ifPresent(g::persistRootfs);
    List<String> kernelArgs = strings(chosen.path("kernel_args"));
    if (!kernelArgs.isEmpty()) {
      g.kernelArgs(kernelArgs);
    }
    return Optional.of(g.build());
  }

  private Optional<MachineRestart> restart(String group, List<Problem> problems) {
    Optional<MachineRestart> out = Optional.empty();
    int i = 0;
    for (JsonNode r : toml.path("restart")) {
      String path = "restart[" + i++ + "]";
      if (!matches(r, group)) {
        continue;
      }
      String policy = r.path("policy").asString("");
      String apiPolicy;
      switch (policy) {
        case "always":
          apiPolicy = "always";
          break;
        case "on-failure":
          apiPolicy = "on-failure";
          break;
        case "never":
          apiPolicy = "no";
          break;
        default:
          problems.add(Problem.error(path + ".policy",
              "is \"" + policy + "\": use \"always\", \"on-failure\" or \"never\""));
          continue;
      }
      out = Optional.of(MachineRestart.builder().policy(apiPolicy).maxRetries(optInt(r, "retries")).build());
    }
    return out;
  }

  /** Sections without {@code processes} belong to the default group. */
  private boolean matches(JsonNode section, String group) {
    List<String> processes = strings(section.path("processes"));
    return processes.isEmpty() ? group.equals(defaultProcessGroup()) : processes.contains(group);
  }

  private List<JsonNode> matching(JsonNode sections, String group) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode s : sections) {
      if (matches(s, group)) {
        out.add(s);
      }
    }
    return out;
  }

  private static Optional<Duration> duration(JsonNode node, String key, String path, long nanosPerBareNumber,
      List<Problem> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    String where = path.isEmpty() ? key : path + "." + key;
    if (v.isNumber()) {
      return Optional.of(Duration.ofNanos(v.asLong() * nanosPerBareNumber));
    }
    try {
      return Optional.of(GoDurations.parse(v.asString()));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error(where, e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<Integer> volumeGb(JsonNode node, String key, String path, List<Problem> problems) {
    JsonNode v = node.get(key);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(GuestSizes.volumeGb(v.asString()));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error(path + "." + key, e.getMessage()));
      return Optional.empty();
    }
  }

  private static <T> T convert(JsonNode node, Class<T> type, String path, List<Problem> problems) {
    try {
      return JSON.treeToValue(node, type);
    } catch (JacksonException e) {
      problems.add(Problem.error(path, "cannot be read: " + e.getOriginalMessage()));
      return JSON.treeToValue(JSON.createObjectNode(), type);
    }
  }

  private static Optional<String> optText(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() || v.asString("").isEmpty() ? Optional.empty() : Optional.of(v.asString());
  }

  private static Optional<Integer> optInt(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isNumber() ? Optional.of(v.asInt()) : Optional.empty();
  }

  private static Optional<Boolean> optBool(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isBoolean() ? Optional.of(v.asBoolean()) : Optional.empty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(v.asString());
    }
    return out;
  }
}
