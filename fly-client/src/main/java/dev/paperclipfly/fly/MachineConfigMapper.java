package dev.paperclipfly.fly;

import dev.paperclipfly.core.flytoml.AutoStopMachines;
import dev.paperclipfly.core.flytoml.Deploy;
import dev.paperclipfly.core.flytoml.Experimental;
import dev.paperclipfly.core.flytoml.FlyDuration;
import dev.paperclipfly.core.flytoml.FlyFile;
import dev.paperclipfly.core.flytoml.FlyToml;
import dev.paperclipfly.core.flytoml.FlyTomlReader;
import dev.paperclipfly.core.flytoml.HttpCheck;
import dev.paperclipfly.core.flytoml.HttpService;
import dev.paperclipfly.core.flytoml.Mount;
import dev.paperclipfly.core.flytoml.ProxiedService;
import dev.paperclipfly.core.flytoml.Restart;
import dev.paperclipfly.core.flytoml.Service;
import dev.paperclipfly.core.flytoml.ServicePort;
import dev.paperclipfly.core.flytoml.TcpCheck;
import dev.paperclipfly.core.flytoml.TopLevelCheck;
import dev.paperclipfly.core.flytoml.Vm;
import dev.paperclipfly.core.flytoml.VmSize;
import dev.paperclipfly.core.flytoml.VolumeSize;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationException;
import dev.paperclipfly.core.validation.ValidationResult;
import dev.paperclipfly.fly.internal.FlyJson;
import dev.paperclipfly.fly.internal.Shlex;
import dev.paperclipfly.fly.model.Autostop;
import dev.paperclipfly.fly.model.DnsConfig;
import dev.paperclipfly.fly.model.HttpHeader;
import dev.paperclipfly.fly.model.HttpOptions;
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
import dev.paperclipfly.fly.model.ProxyProtoOptions;
import dev.paperclipfly.fly.model.ServiceConcurrency;
import dev.paperclipfly.fly.model.StopConfig;
import dev.paperclipfly.fly.model.TlsOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link FlyToml} into the Machine config of one process group, the way {@code flyctl deploy}
 * does ({@code internal/appconfig/machines.go}): {@code [http_service]} becomes a service on ports 80
 * and 443, checks take the API's shape ({@code headers} as {@code [{name, values}]}),
 * {@code [[mounts]]} become mounts by volume name, {@code [[vm]]} becomes the guest, {@code [env]}
 * gains {@code PRIMARY_REGION} and {@code FLY_PROCESS_GROUP}, {@code kill_signal}/{@code kill_timeout}
 * become the stop config, {@code [[restart]]} the restart policy, and the metadata carries
 * {@code fly_platform_version = v2} and {@code fly_process_group} so flyctl treats the Machine as part
 * of the app.
 *
 * <p>Problems are reported all at once in a {@link ValidationException}, each with the fly.toml path
 * of the value.
 */
public final class MachineConfigMapper {
  private static final String DEFAULT_GROUP = "app";
  private static final JsonMapper JSON = FlyJson.mapper();
  /** The GPU kind the API expects for each GPU size preset (fly-go's MachinePresets). */
  private static final Map<String, String> GPU_KINDS = Map.of(
      "a100-40gb", "a100-pcie-40gb", "a100-80gb", "a100-sxm4-80gb", "l40s", "l40s", "a10", "a10");

  private final FlyToml toml;

  private MachineConfigMapper(FlyToml toml) {
    this.toml = toml;
  }

  /** Maps a fly.toml model (from {@link FlyTomlReader} or built in code). */
  public static MachineConfigMapper of(FlyToml toml) {
    return new MachineConfigMapper(java.util.Objects.requireNonNull(toml, "toml"));
  }

  /**
   * Reads fly.toml text, in any shape flyctl accepts.
   *
   * @throws dev.paperclipfly.core.flytoml.FlyTomlParseException when the text is not TOML or a value
   *     has a shape flyctl rejects
   */
  public static MachineConfigMapper parse(String flyToml) {
    return of(FlyTomlReader.read(flyToml));
  }

  /** The process groups, sorted; {@code ["app"]} when {@code [processes]} is absent or empty. */
  public List<String> processGroups() {
    TreeSet<String> names = new TreeSet<>(toml.processes().keySet());
    return names.isEmpty() ? List.of(DEFAULT_GROUP) : List.copyOf(names);
  }

  /** {@code app} when it is a group (or there are none), otherwise the first group by name. */
  public String defaultProcessGroup() {
    List<String> groups = processGroups();
    return groups.contains(DEFAULT_GROUP) ? DEFAULT_GROUP : groups.get(0);
  }

  /**
   * The config of a new Machine in {@code group} (blank for the default group).
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
    Optional<Deploy> deploy = toml.deploy();
    List<String> cmd = List.of();
    String command = deploy.flatMap(Deploy::releaseCommand).orElse("");
    if (command.isBlank()) {
      problems.add(Problem.error("deploy.release_command", "is not set: there is no release command to run"));
    } else {
      cmd = words(command, "deploy.release_command", problems);
    }
    Map<String, String> env = new LinkedHashMap<>(toml.env());
    env.put("RELEASE_COMMAND", "1");
    env.put("FLY_PROCESS_GROUP", group);
    toml.primaryRegion().ifPresent(r -> env.put("PRIMARY_REGION", r));
    MachineInit.Builder init = MachineInit.builder().cmd(cmd).swapSizeMb(toml.swapSizeMb());
    toml.experimental().ifPresent(ex -> init.entrypoint(ex.entrypoint()));
    MachineConfig.Builder b = MachineConfig.builder()
        .init(init.build())
        .restart(MachineRestart.builder().policy("no").build())
        .autoDestroy(true)
        .dns(DnsConfig.builder().skipRegistration(true).build())
        .putMetadata("fly_platform_version", "v2")
        .putMetadata("fly_process_group", group)
        .env(env)
        .stopConfig(stopConfig())
        .files(files(group, problems));
    deploy.flatMap(Deploy::releaseCommandVm)
        .flatMap(vm -> guestFrom(vm, "deploy.release_command_vm", problems))
        .ifPresent(b::guest);
    new ValidationResult(problems).throwIfInvalid("fly.toml release command");
    return b.build();
  }

  private MachineConfig map(String requestedGroup, Optional<MachineConfig> existing) {
    String group = requestedGroup == null || requestedGroup.isBlank() ? defaultProcessGroup() : requestedGroup;
    List<Problem> problems = new ArrayList<>();
    MachineConfig base = mergeMachineConfigOption(existing.orElseGet(() -> MachineConfig.builder().build()), problems);
    MachineConfig.Builder b = MachineConfig.builder().from(base);

    b.metrics(toml.metrics().stream().filter(m -> matches(m.processes(), group)).findFirst()
        .map(m -> MachineMetrics.builder().port(m.port()).path(m.path()).https(m.https()).build()));
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
    b.stopConfig(stopConfig());
    b.files(files(group, problems));
    guest(group, problems).ifPresent(b::guest);
    b.restart(restart(group, problems));

    new ValidationResult(problems).throwIfInvalid("fly.toml for process group " + group);
    return b.build();
  }

  /** {@code machine_config} (or {@code experimental.machine_config}): inline JSON merged under the rest. */
  private MachineConfig mergeMachineConfigOption(MachineConfig base, List<Problem> problems) {
    boolean topLevel = toml.machineConfig().isPresent();
    String path = topLevel ? "machine_config" : "experimental.machine_config";
    Optional<String> text = topLevel ? toml.machineConfig() : toml.experimental().flatMap(Experimental::machineConfig);
    if (text.isEmpty() || text.get().isBlank()) {
      return base;
    }
    String value = text.get().strip();
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
    String command = toml.processes().getOrDefault(group, "");
    List<String> cmd = command.isBlank() ? List.of() : words(command, "processes." + group, problems);
    Optional<Experimental> ex = toml.experimental();
    if (ex.isPresent()) {
      if (cmd.isEmpty()) {
        cmd = ex.get().cmd();
      }
      init.entrypoint(ex.get().entrypoint());
      init.exec(ex.get().exec());
    } else {
      init.entrypoint(List.of());
      init.exec(List.of());
    }
    init.cmd(cmd);
    init.swapSizeMb(toml.swapSizeMb());
    return init.build();
  }

  private List<MachineService> services(String group, List<Problem> problems) {
    List<MachineService> out = new ArrayList<>();
    toml.httpService().filter(h -> matches(h.processes(), group)).ifPresent(h -> out.add(httpService(h)));
    int i = 0;
    for (Service s : toml.services()) {
      if (matches(s.processes(), group)) {
        out.add(service(s, "services[" + i + "]", problems));
      }
      i++;
    }
    return out;
  }

  /** {@code [http_service]}: plain HTTP on 80 (optionally redirected to HTTPS) and TLS on 443. */
  private MachineService httpService(HttpService http) {
    Optional<HttpOptions> httpOptions = http.httpOptions().map(o -> convert(o, HttpOptions.class));
    MachinePort.Builder p80 = MachinePort.builder().port(80).addHandlers("http").httpOptions(httpOptions);
    if (http.forceHttps().orElse(false)) {
      p80.forceHttps(true);
    }
    MachinePort p443 = MachinePort.builder().port(443).addHandlers("http", "tls").httpOptions(httpOptions)
        .tlsOptions(http.tlsOptions().map(o -> convert(o, TlsOptions.class)))
        .build();
    MachineService.Builder s = MachineService.builder().protocol("tcp").internalPort(http.internalPort())
        .addPorts(p80.build(), p443);
    proxied(s, http);
    for (HttpCheck check : http.checks()) {
      // Gotcha "health check grace period": grace_period arrives here as a duration ("120s").
      s.addChecks(httpCheck(check));
    }
    return s.build();
  }

  private MachineService service(Service svc, String path, List<Problem> problems) {
    MachineService.Builder s = MachineService.builder().protocol(svc.protocol()).internalPort(svc.internalPort());
    for (ServicePort port : svc.ports()) {
      s.addPorts(port(port));
    }
    proxied(s, svc);
    for (TcpCheck check : svc.tcpChecks()) {
      s.addChecks(MachineServiceCheck.builder().type("tcp")
          .interval(duration(check.interval()))
          .timeout(duration(check.timeout()))
          .gracePeriod(duration(check.gracePeriod()))
          .build());
    }
    for (HttpCheck check : svc.httpChecks()) {
      s.addChecks(httpCheck(check));
    }
    return s.build();
  }

  private static MachinePort port(ServicePort port) {
    return MachinePort.builder()
        .port(port.port())
        .startPort(port.startPort())
        .endPort(port.endPort())
        .handlers(port.handlers())
        .forceHttps(port.forceHttps())
        .tlsOptions(port.tlsOptions().map(o -> convert(o, TlsOptions.class)))
        .httpOptions(port.httpOptions().map(o -> convert(o, HttpOptions.class)))
        .proxyProtoOptions(port.proxyProtoOptions().map(o -> convert(o, ProxyProtoOptions.class)))
        .build();
  }

  /** The settings {@code [http_service]} and {@code [[services]]} share. */
  private static void proxied(MachineService.Builder s, ProxiedService svc) {
    s.autostop(svc.autoStopMachines().map(MachineConfigMapper::autostop));
    s.autostart(svc.autoStartMachines());
    // Gotcha "min_machines_running = 1 is required": passed through as written, since a suspended
    // Machine is not woken by Tailscale traffic.
    s.minMachinesRunning(svc.minMachinesRunning());
    s.concurrency(svc.concurrency().map(c -> convert(c, ServiceConcurrency.class)));
  }

  private static Autostop autostop(AutoStopMachines a) {
    switch (a.mode()) {
      case STOP:
        return Autostop.STOP;
      case SUSPEND:
        return Autostop.SUSPEND;
      default:
        return Autostop.OFF;
    }
  }

  private static MachineServiceCheck httpCheck(HttpCheck check) {
    return MachineServiceCheck.builder().type("http")
        .interval(duration(check.interval()))
        .timeout(duration(check.timeout()))
        .gracePeriod(duration(check.gracePeriod()))
        .method(check.method())
        .path(check.path())
        .protocol(check.protocol())
        .tlsSkipVerify(check.tlsSkipVerify())
        .tlsServerName(check.tlsServerName())
        .headers(headers(check.headers()))
        .build();
  }

  /** {@code [checks.name]}. A check without {@code port} takes {@code http_service.internal_port}. */
  private Map<String, MachineCheck> checks(String group, List<Problem> problems) {
    Map<String, MachineCheck> out = new LinkedHashMap<>();
    Optional<HttpService> http = toml.httpService().filter(h -> matches(h.processes(), group));
    for (Map.Entry<String, TopLevelCheck> e : toml.checks().entrySet()) {
      TopLevelCheck check = e.getValue();
      if (!matches(check.processes(), group)) {
        continue;
      }
      String path = "checks." + e.getKey();
      String type = check.type().orElse("");
      if (!type.equals("http") && !type.equals("tcp")) {
        problems.add(Problem.error(path + ".type", "must be \"http\" or \"tcp\", was \"" + type + "\""));
        continue;
      }
      Optional<Integer> port = check.port().or(() -> http.flatMap(HttpService::internalPort));
      if (port.isEmpty()) {
        problems.add(Problem.error(path + ".port", "check '" + e.getKey() + "' for process group '" + group
            + "' has no port set and the group has no http_service to take it from: set port"));
        continue;
      }
      out.put(e.getKey(), MachineCheck.builder()
          .type(type)
          .port(port)
          .interval(duration(check.interval()))
          .timeout(duration(check.timeout()))
          .gracePeriod(duration(check.gracePeriod()))
          .method(check.method().map(m -> m.toUpperCase(Locale.ROOT)))
          .path(check.path())
          .protocol(check.protocol())
          .tlsSkipVerify(check.tlsSkipVerify())
          .tlsServerName(check.tlsServerName())
          .headers(headers(check.headers()))
          .build());
    }
    return out;
  }

  /**
   * fly.toml writes check headers as a table; the API wants {@code [{name, values: [value]}]}.
   * Gotcha "authenticated mode blocks health checks": this is how {@code Host = "localhost"} reaches
   * Paperclip's hostname guard.
   */
  private static List<HttpHeader> headers(Map<String, String> headers) {
    List<HttpHeader> out = new ArrayList<>();
    headers.forEach((name, value) -> out.add(HttpHeader.builder().name(name).addValues(value).build()));
    return out;
  }

  private Map<String, String> env(String group) {
    Map<String, String> env = new LinkedHashMap<>(toml.env());
    env.put("FLY_PROCESS_GROUP", group);
    toml.primaryRegion().ifPresent(r -> env.put("PRIMARY_REGION", r));
    return env;
  }

  private List<MachineStatic> statics() {
    List<MachineStatic> out = new ArrayList<>();
    for (dev.paperclipfly.core.flytoml.Static s : toml.statics()) {
      out.add(MachineStatic.builder()
          .guestPath(s.guestPath().orElse(""))
          .urlPrefix(s.urlPrefix().orElse(""))
          .tigrisBucket(s.tigrisBucket())
          .indexDocument(s.indexDocument())
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
    for (Mount m : toml.mounts()) {
      String path = "mounts[" + i++ + "]";
      if (!matches(m.processes(), group)) {
        continue;
      }
      String name = m.source().orElse("");
      String destination = m.destination().orElse("");
      if (destination.equals("/")) {
        problems.add(Problem.error(path + ".destination", "a volume cannot be mounted at /: pick a directory such as /data"));
      }
      MachineMount.Builder mount = MachineMount.builder().name(name).path(destination)
          .extendThresholdPercent(m.autoExtendSizeThreshold())
          .addSizeGb(gigabytes(m.autoExtendSizeIncrement(), path + ".auto_extend_size_increment", problems))
          .sizeGbLimit(gigabytes(m.autoExtendSizeLimit(), path + ".auto_extend_size_limit", problems));
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

  private Optional<StopConfig> stopConfig() {
    if (toml.killSignal().isEmpty() && toml.killTimeout().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(StopConfig.builder().signal(toml.killSignal()).timeout(duration(toml.killTimeout())).build());
  }

  private List<MachineFile> files(String group, List<Problem> problems) {
    List<MachineFile> out = new ArrayList<>();
    int i = 0;
    for (FlyFile f : toml.files()) {
      String path = "files[" + i++ + "]";
      if (!matches(f.processes(), group)) {
        continue;
      }
      MachineFile.Builder file = MachineFile.builder().guestPath(f.guestPath());
      if (f.rawValue().isPresent()) {
        // flyctl sends raw_value base64-encoded.
        file.rawValue(Base64.getEncoder().encodeToString(f.rawValue().get().getBytes(StandardCharsets.UTF_8)));
      } else if (f.secretName().isPresent()) {
        file.secretName(f.secretName());
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
    Vm chosen = null;
    int chosenIndex = -1;
    int i = 0;
    for (Vm vm : toml.vm()) {
      if (vm.processes().contains(group) || (vm.processes().isEmpty() && chosen == null)) {
        chosen = vm;
        chosenIndex = i;
      }
      i++;
    }
    return chosen == null ? Optional.empty() : guestFrom(chosen, "vm[" + chosenIndex + "]", problems);
  }

  /** A guest from a {@code [[vm]]}-shaped table: size preset, then memory, then explicit fields. */
  private Optional<MachineGuest> guestFrom(Vm vm, String path, List<Problem> problems) {
    String size = vm.size().orElse(vm.gpuKind().isPresent() ? "performance-8x" : "shared-cpu-1x");
    Optional<VmSize> preset = VmSize.named(size);
    if (preset.isEmpty()) {
      problems.add(Problem.error(path + ".size", "unknown size \"" + size + "\": use one of "
          + String.join(", ", VmSize.names())));
      return Optional.empty();
    }
    MachineGuest.Builder g = MachineGuest.builder()
        .cpuKind(preset.get().cpuKind())
        .cpus(preset.get().cpus())
        .memoryMb((int) preset.get().memoryMb());
    Optional.ofNullable(GPU_KINDS.get(size)).ifPresent(g::gpuKind);
    // A [[vm]] host_dedication_id wins over the top-level one.
    vm.hostDedicationId().or(toml::hostDedicationId).ifPresent(g::hostDedicationId);
    // Gotcha "512MB isn't enough memory": "1024mb" and "1gb" both mean 1024 MB here, as in flyctl.
    vm.memory().ifPresent(m -> {
      OptionalLong mb = m.megabytes();
      if (mb.isEmpty()) {
        problems.add(Problem.error(path + ".memory", "\"" + m + "\" is not a size: write it like \"1024mb\" or \"1gb\""));
      } else if (mb.getAsLong() == 0) {
        problems.add(Problem.error(path + ".memory", "memory cannot be zero"));
      } else {
        g.memoryMb((int) mb.getAsLong());
      }
    });
    // Explicit guest fields override the size preset; zero and empty values do not.
    vm.cpuKind().ifPresent(g::cpuKind);
    vm.cpus().filter(n -> n != 0).ifPresent(g::cpus);
    vm.memoryMb().filter(n -> n != 0).ifPresent(g::memoryMb);
    vm.gpus().filter(n -> n != 0).ifPresent(g::gpus);
    vm.gpuKind().ifPresent(g::gpuKind);
    vm.persistRootfs().ifPresent(g::persistRootfs);
    if (!vm.kernelArgs().isEmpty()) {
      g.kernelArgs(vm.kernelArgs());
    }
    return Optional.of(g.build());
  }

  private Optional<MachineRestart> restart(String group, List<Problem> problems) {
    Optional<MachineRestart> out = Optional.empty();
    int i = 0;
    for (Restart r : toml.restart()) {
      String path = "restart[" + i++ + "]";
      if (!matches(r.processes(), group)) {
        continue;
      }
      String policy = r.policy().orElse("");
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
      out = Optional.of(MachineRestart.builder().policy(apiPolicy).maxRetries(r.retries()).build());
    }
    return out;
  }

  /** Sections without {@code processes} belong to the default group. */
  private boolean matches(List<String> processes, String group) {
    return processes.isEmpty() ? group.equals(defaultProcessGroup()) : processes.contains(group);
  }

  private static List<String> words(String command, String path, List<Problem> problems) {
    try {
      return Shlex.split(command);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error(path, e.getMessage()));
      return List.of();
    }
  }

  private static Optional<Duration> duration(Optional<FlyDuration> d) {
    return d.map(FlyDuration::toDuration);
  }

  private static Optional<Integer> gigabytes(Optional<VolumeSize> size, String path, List<Problem> problems) {
    if (size.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong gb = size.get().gigabytes();
    if (gb.isEmpty()) {
      problems.add(Problem.error(path, "\"" + size.get() + "\" is not a size: write it like \"10gb\""));
      return Optional.empty();
    }
    return Optional.of((int) gb.getAsLong());
  }

  /** fly.toml's option tables use the API's own keys, so they carry over through JSON unchanged. */
  private static <T> T convert(Object flyTomlValue, Class<T> apiType) {
    return JSON.treeToValue(JSON.valueToTree(flyTomlValue), apiType);
  }
}
