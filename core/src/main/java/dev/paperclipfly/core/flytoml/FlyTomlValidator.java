package dev.paperclipfly.core.flytoml;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a {@link FlyToml} against the rules flyctl and the Fly platform apply to fly.toml itself:
 * Machine sizes and memory per CPU, ports, check timings, mounts, signal names, deploy strategies,
 * restart policies, files and statics. Returns every problem at once, each with a dotted path such as
 * {@code http_service.checks[0].timeout} and a sentence saying what to change.
 *
 * <p>Rules about a particular deployment (what Paperclip needs, Tailscale) belong elsewhere; this
 * validator knows only fly.toml.
 */
public final class FlyTomlValidator {
  /** Signal names flyctl accepts for {@code kill_signal}. */
  public static final Set<String> KILL_SIGNALS =
      Set.of("SIGINT", "SIGTERM", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGKILL", "SIGSTOP");

  private static final List<String> SIGNAL_ORDER =
      List.of("SIGINT", "SIGTERM", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGKILL", "SIGSTOP");
  private static final Set<String> STRATEGIES = Set.of("canary", "rolling", "immediate", "bluegreen");
  private static final Set<String> HANDLERS = Set.of("http", "tls", "proxy_proto", "pg_tls", "edge_http");
  private static final Duration MAX_KILL_TIMEOUT = Duration.ofMinutes(5);

  private final List<Problem> problems = new ArrayList<>();

  private FlyTomlValidator() {}

  /** Every problem in {@code toml}, errors and warnings, in document order. */
  public static ValidationResult validate(FlyToml toml) {
    FlyTomlValidator v = new FlyTomlValidator();
    v.document(toml);
    return new ValidationResult(v.problems);
  }

  private void document(FlyToml t) {
    t.killSignal().ifPresent(s -> signal("kill_signal", s));
    t.killTimeout().ifPresent(d -> killTimeout("kill_timeout", d));
    t.consoleCommand().ifPresent(c -> shellWords("console_command", c));
    t.processes().forEach((group, command) -> shellWords("processes." + group, command));
    t.swapSizeMb().filter(mb -> mb < 0).ifPresent(mb ->
        error("swap_size_mb", "is " + mb + ": write a size in MB of 0 or more"));
    t.env().keySet().stream().filter(name -> name.startsWith("FLY_")).forEach(name ->
        error("env." + name, "names starting with FLY_ are set by Fly itself: rename the variable"));
    t.deploy().ifPresent(d -> deploy(d, t));
    t.httpService().ifPresent(s -> httpService(s, t));
    for (int i = 0; i < t.services().size(); i++) {
      service("services[" + i + "]", t.services().get(i), t);
    }
    t.checks().forEach((name, check) -> topLevelCheck("checks." + name, check, t));
    for (int i = 0; i < t.machineChecks().size(); i++) {
      machineCheck("machine_checks[" + i + "]", t.machineChecks().get(i));
    }
    mounts(t);
    for (int i = 0; i < t.files().size(); i++) {
      file("files[" + i + "]", t.files().get(i));
    }
    for (int i = 0; i < t.statics().size(); i++) {
      staticFiles("statics[" + i + "]", t.statics().get(i));
    }
    for (int i = 0; i < t.restart().size(); i++) {
      restart("restart[" + i + "]", t.restart().get(i));
      processes("restart[" + i + "].processes", t.restart().get(i).processes(), t);
    }
    for (int i = 0; i < t.vm().size(); i++) {
      vm("vm[" + i + "]", t.vm().get(i));
    }
    for (int i = 0; i < t.metrics().size(); i++) {
      metrics("metrics[" + i + "]", t.metrics().get(i), t);
    }
  }

  private void metrics(String path, Metrics m, FlyToml t) {
    if (m.port().isEmpty()) {
      error(path + ".port", "is missing: set the port your app serves Prometheus metrics on");
    }
    m.port().ifPresent(p -> port(path + ".port", p));
    processes(path + ".processes", m.processes(), t);
  }

  private void deploy(Deploy d, FlyToml t) {
    d.strategy().ifPresent(s -> {
      if (!STRATEGIES.contains(s)) {
        error("deploy.strategy", "is \"" + s + "\": use rolling, immediate, canary or bluegreen");
      } else if (s.equals("canary") && !t.mounts().isEmpty()) {
        error("deploy.strategy", "canary cannot be used with [mounts]: use rolling or immediate");
      }
    });
    d.releaseCommand().ifPresent(c -> shellWords("deploy.release_command", c));
    d.maxUnavailable().filter(m -> m <= 0).ifPresent(m ->
        error("deploy.max_unavailable", "is " + m + ": use a fraction between 0 and 1 or a number of Machines of 1 or more"));
    d.waitTimeout().ifPresent(w -> notNegative("deploy.wait_timeout", w));
    d.releaseCommandTimeout().ifPresent(w -> notNegative("deploy.release_command_timeout", w));
    d.releaseCommandVm().ifPresent(vm -> vm("deploy.release_command_vm", vm));
  }

  private void httpService(HttpService s, FlyToml t) {
    if (s.internalPort().isEmpty()) {
      error("http_service.internal_port", "is missing: set the port your app listens on inside the Machine");
    }
    s.internalPort().ifPresent(p -> port("http_service.internal_port", p));
    s.minMachinesRunning().filter(n -> n < 0).ifPresent(n ->
        error("http_service.min_machines_running", "is " + n + ": use 0 or more"));
    serviceProcesses("http_service.processes", s.processes(), t);
    s.concurrency().ifPresent(c -> concurrency("http_service.concurrency", c));
    for (int i = 0; i < s.checks().size(); i++) {
      httpCheck("http_service.checks[" + i + "]", s.checks().get(i));
    }
    for (int i = 0; i < s.machineChecks().size(); i++) {
      machineCheck("http_service.machine_checks[" + i + "]", s.machineChecks().get(i));
    }
  }

  private void service(String path, Service s, FlyToml t) {
    if (s.protocol().isEmpty()) {
      error(path + ".protocol", "is missing: set \"tcp\" or \"udp\"");
    }
    s.protocol().filter(p -> !p.equals("tcp") && !p.equals("udp")).ifPresent(p ->
        error(path + ".protocol", "is \"" + p + "\": use \"tcp\" or \"udp\""));
    if (s.internalPort().isEmpty()) {
      error(path + ".internal_port", "is missing: set the port your app listens on inside the Machine");
    }
    s.internalPort().ifPresent(p -> port(path + ".internal_port", p));
    if (s.ports().isEmpty()) {
      warning(path + ".ports", "there are none, so nothing reaches this service from outside: add [[services.ports]]");
    }
    for (int i = 0; i < s.ports().size(); i++) {
      servicePort(path + ".ports[" + i + "]", s.ports().get(i));
    }
    serviceProcesses(path + ".processes", s.processes(), t);
    s.concurrency().ifPresent(c -> concurrency(path + ".concurrency", c));
    for (int i = 0; i < s.tcpChecks().size(); i++) {
      TcpCheck c = s.tcpChecks().get(i);
      String checkPath = path + ".tcp_checks[" + i + "]";
      serviceCheckDuration(checkPath + ".interval", c.interval());
      serviceCheckDuration(checkPath + ".timeout", c.timeout());
      serviceCheckDuration(checkPath + ".grace_period", c.gracePeriod().filter(d -> !d.toDuration().isZero()));
    }
    for (int i = 0; i < s.httpChecks().size(); i++) {
      httpCheck(path + ".http_checks[" + i + "]", s.httpChecks().get(i));
    }
    for (int i = 0; i < s.machineChecks().size(); i++) {
      machineCheck(path + ".machine_checks[" + i + "]", s.machineChecks().get(i));
    }
  }

  private void servicePort(String path, ServicePort p) {
    if (p.port().isEmpty() && p.startPort().isEmpty() && p.endPort().isEmpty()) {
      error(path, "has no port: set port, or start_port and end_port for a range");
    }
    p.port().ifPresent(n -> port(path + ".port", n));
    p.startPort().ifPresent(n -> port(path + ".start_port", n));
    p.endPort().ifPresent(n -> port(path + ".end_port", n));
    if (p.startPort().isPresent() && p.endPort().isPresent() && p.startPort().get() > p.endPort().get()) {
      error(path + ".end_port", "is below start_port " + p.startPort().get() + ": swap them");
    }
    for (int i = 0; i < p.handlers().size(); i++) {
      String h = p.handlers().get(i);
      if (!HANDLERS.contains(h)) {
        error(path + ".handlers[" + i + "]", "is \"" + h + "\": use http, tls, proxy_proto, pg_tls or edge_http");
      }
    }
  }

  private void concurrency(String path, Concurrency c) {
    c.type().filter(type -> !type.equals("connections") && !type.equals("requests")).ifPresent(type ->
        error(path + ".type", "is \"" + type + "\": use \"connections\" or \"requests\""));
    if (c.softLimit().isPresent() && c.hardLimit().isPresent() && c.softLimit().get() > c.hardLimit().get()) {
      error(path + ".soft_limit", "is above hard_limit " + c.hardLimit().get()
          + ": the soft limit is where Fly starts routing elsewhere, so keep it at or below the hard limit");
    }
  }

  private void httpCheck(String path, HttpCheck c) {
    serviceCheckDuration(path + ".interval", c.interval());
    serviceCheckDuration(path + ".timeout", c.timeout());
    serviceCheckDuration(path + ".grace_period", c.gracePeriod().filter(d -> !d.toDuration().isZero()));
    c.protocol().filter(p -> !p.equals("http") && !p.equals("https")).ifPresent(p ->
        error(path + ".protocol", "is \"" + p + "\": use \"http\" or \"https\""));
    c.path().filter(p -> !p.startsWith("/")).ifPresent(p ->
        error(path + ".path", "is \"" + p + "\": write the request path starting with /, e.g. \"/health\""));
  }

  /** Fly clamps service check timings to 1 s .. 1 min (a zero grace period is fine); flyctl warns. */
  private void serviceCheckDuration(String path, Optional<FlyDuration> value) {
    // Gotcha "health check grace period": a grace_period = "120s" is cut to 1m, so it is flagged here.
    value.ifPresent(d -> {
      if (d.toDuration().compareTo(Duration.ofSeconds(1)) < 0) {
        warning(path, "is " + d + ", below 1s: Fly raises it to 1s, so write at least \"1s\"");
      } else if (d.toDuration().compareTo(Duration.ofMinutes(1)) > 0) {
        warning(path, "is " + d + ", above 1m: Fly lowers it to 1m, so write at most \"1m\"");
      }
    });
  }

  private void topLevelCheck(String path, TopLevelCheck c, FlyToml t) {
    if (c.type().isEmpty()) {
      error(path + ".type", "is missing: set \"http\" or \"tcp\"");
    }
    c.type().filter(type -> !type.equals("http") && !type.equals("tcp")).ifPresent(type ->
        error(path + ".type", "is \"" + type + "\": use \"http\" or \"tcp\""));
    if (c.port().isEmpty() && t.httpService().flatMap(HttpService::internalPort).isEmpty()) {
      error(path + ".port", "is missing and there is no http_service.internal_port to default to: set the port to check");
    }
    c.port().ifPresent(p -> port(path + ".port", p));
    c.interval().filter(d -> d.toDuration().compareTo(Duration.ofSeconds(2)) < 0).ifPresent(d ->
        error(path + ".interval", "is " + d + ": checks may run at most every 2s, so write \"2s\" or more"));
    c.timeout().filter(d -> d.toDuration().compareTo(Duration.ofSeconds(60)) > 0).ifPresent(d ->
        error(path + ".timeout", "is " + d + ": a check may wait at most 60s, so write \"60s\" or less"));
    c.timeout().ifPresent(d -> notNegative(path + ".timeout", d));
    c.gracePeriod().ifPresent(d -> notNegative(path + ".grace_period", d));
    processes(path + ".processes", c.processes(), t);
  }

  private void machineCheck(String path, MachineCheck c) {
    c.killSignal().ifPresent(s -> signal(path + ".kill_signal", s));
    c.killTimeout().ifPresent(d -> killTimeout(path + ".kill_timeout", d));
    if (c.command().isEmpty() && c.image().isEmpty()) {
      error(path + ".command", "is missing: set the command the test Machine runs");
    }
  }

  private void mounts(FlyToml t) {
    Map<String, Integer> mountOfGroup = new HashMap<>();
    for (int i = 0; i < t.mounts().size(); i++) {
      String path = "mounts[" + i + "]";
      Mount m = t.mounts().get(i);
      if (m.source().filter(s -> !s.isBlank()).isEmpty()) {
        error(path + ".source", "is missing: set the name of the Fly volume to mount");
      }
      if (m.destination().filter(s -> !s.isBlank()).isEmpty()) {
        error(path + ".destination", "is missing: set the path inside the Machine, e.g. \"/data\"");
      }
      m.destination().filter(d -> d.equals("/")).ifPresent(d ->
          error(path + ".destination", "is \"/\": mount the volume on a directory such as \"/data\""));
      m.initialSize().ifPresent(s -> volumeSize(path + ".initial_size", s, 1, Long.MAX_VALUE));
      m.snapshotRetention().filter(days -> days < 1 || days > 60).ifPresent(days ->
          error(path + ".snapshot_retention", "is " + days + ": keep snapshots between 1 and 60 days"));
      m.autoExtendSizeThreshold().ifPresent(pct -> {
        if (pct < 50 || pct > 99) {
          error(path + ".auto_extend_size_threshold", "is " + pct + ": use a percentage between 50 and 99");
        }
        if (m.autoExtendSizeIncrement().isEmpty()) {
          error(path + ".auto_extend_size_increment", "is missing: auto_extend_size_threshold needs an"
              + " increment, e.g. \"1gb\"");
        }
      });
      m.autoExtendSizeIncrement().ifPresent(s -> volumeSize(path + ".auto_extend_size_increment", s, 1, 100));
      m.autoExtendSizeLimit().ifPresent(s -> volumeSize(path + ".auto_extend_size_limit", s, 1, 500));
      processes(path + ".processes", m.processes(), t);
      // A mount without processes applies to every group; each group may get one volume.
      for (String group : m.processes().isEmpty() ? processGroups(t) : m.processes()) {
        Integer other = mountOfGroup.putIfAbsent(group, i);
        if (other != null) {
          error(path, "mounts[" + other + "] already mounts a volume for process group \"" + group
              + "\": a Machine gets one volume, so give each mount its own processes");
        }
      }
    }
  }

  private void volumeSize(String path, VolumeSize size, long min, long max) {
    if (size.gigabytes().isEmpty()) {
      error(path, "\"" + size + "\" is not a volume size: write gigabytes such as \"10gb\" or 10");
    } else if (size.gigabytes().getAsLong() < min || size.gigabytes().getAsLong() > max) {
      error(path, "is " + size + ": use " + (max == Long.MAX_VALUE ? "at least " + min + " GB" : min + " to " + max + " GB"));
    }
  }

  private void vm(String path, Vm vm) {
    if (vm.size().isPresent() && VmSize.named(vm.size().get()).isEmpty()) {
      error(path + ".size", "\"" + vm.size().get() + "\" is not a Machine size: use one of "
          + String.join(", ", VmSize.names()));
    }
    vm.cpuKind().filter(k -> !k.equals("shared") && !k.equals("performance")).ifPresent(k ->
        error(path + ".cpu_kind", "is \"" + k + "\": use \"shared\" or \"performance\""));
    vm.cpus().filter(n -> n < 1).ifPresent(n -> error(path + ".cpus", "is " + n + ": use 1 or more"));
    vm.memory().filter(m -> m.megabytes().isEmpty()).ifPresent(m ->
        error(path + ".memory", "\"" + m + "\" is not a memory size: write \"1024mb\", \"1gb\" or a number of MB"));
    vm.persistRootfs().filter(p -> !Set.of("never", "restart", "always").contains(p)).ifPresent(p ->
        error(path + ".persist_rootfs", "is \"" + p + "\": use never, restart or always"));
    if (vm.memoryMb().isPresent() && vm.memory().isPresent() && vm.memory().get().megabytes().isPresent()
        && vm.memory().get().megabytes().getAsLong() != vm.memoryMb().get()) {
      warning(path + ".memory", "differs from memory_mb " + vm.memoryMb().get()
          + ", which wins: remove one of them");
    }
    vm.guest().ifPresent(guest -> vmMemory(path, vm, guest));
  }

  /** The guest's memory against Fly's bounds per CPU, reported on the key that set it. */
  private void vmMemory(String path, Vm vm, VmSize guest) {
    String memoryPath = path + (vm.memoryMb().isPresent() ? ".memory_mb"
        : vm.memory().isPresent() ? ".memory" : vm.cpus().isPresent() ? ".cpus" : ".size");
    long memoryMb = guest.memoryMb();
    int cpus = guest.cpus();
    String cpusText = cpus + " " + guest.cpuKind() + " CPU" + (cpus == 1 ? "" : "s");
    long min = VmSize.minMemoryMb(guest.cpuKind(), cpus);
    long max = VmSize.maxMemoryMb(guest.cpuKind(), cpus);
    if (memoryMb <= 0) {
      error(memoryPath, "is " + memoryMb + " MB: a Machine needs memory, e.g. \"256mb\"");
    } else if (memoryMb < min) {
      error(memoryPath, memoryMb + " MB is too little for " + cpusText + ": use at least " + min + " MB ("
          + min / cpus + " MB per CPU), or fewer CPUs");
    } else if (memoryMb > max) {
      error(memoryPath, memoryMb + " MB is too much for " + cpusText + ": use at most " + max + " MB ("
          + max / cpus + " MB per CPU), or more CPUs");
    }
    if (memoryMb > 0 && memoryMb % 256 != 0) {
      error(memoryPath, memoryMb + " MB is not a multiple of 256 MB: use " + (memoryMb / 256) * 256
          + " or " + (memoryMb / 256 + 1) * 256);
    }
  }

  private void restart(String path, Restart r) {
    r.policy().filter(p -> !Set.of("always", "never", "on-failure").contains(p)).ifPresent(p ->
        error(path + ".policy", "is \"" + p + "\": use always, never or on-failure"));
    r.retries().filter(n -> n < 0).ifPresent(n -> error(path + ".retries", "is " + n + ": use 0 or more"));
  }

  private void file(String path, FlyFile f) {
    if (f.guestPath().isEmpty()) {
      error(path + ".guest_path", "is missing: set the absolute path of the file inside the Machine");
    }
    long sources = Stream.of(f.localPath(), f.secretName(), f.rawValue()).filter(Optional::isPresent).count();
    if (sources != 1) {
      error(path, "has " + sources + " sources: set exactly one of local_path, secret_name or raw_value");
    }
  }

  private void staticFiles(String path, Static s) {
    if (s.guestPath().isEmpty()) {
      error(path + ".guest_path", "is missing: set the directory inside the Machine to serve");
    }
    if (s.urlPrefix().isEmpty()) {
      error(path + ".url_prefix", "is missing: set the URL path to serve it under, e.g. \"/static\"");
    }
  }

  private void serviceProcesses(String path, List<String> groups, FlyToml t) {
    if (groups.isEmpty() && !t.processes().isEmpty()) {
      error(path, "is missing while [processes] defines " + String.join(", ", t.processes().keySet())
          + ": list the process groups that serve this service");
    }
    processes(path, groups, t);
  }

  private void processes(String path, List<String> groups, FlyToml t) {
    for (int i = 0; i < groups.size(); i++) {
      if (!processGroups(t).contains(groups.get(i))) {
        error(path + "[" + i + "]", "\"" + groups.get(i) + "\" is not a process group"
            + (t.processes().isEmpty() ? " (without [processes] the only group is app)" : " in [processes]")
            + ": use one of " + String.join(", ", processGroups(t)));
      }
    }
  }

  /** The process groups of the app: the keys of [processes], or just {@code app} without it. */
  private static Set<String> processGroups(FlyToml t) {
    return t.processes().isEmpty() ? Set.of("app") : t.processes().keySet();
  }

  /** flyctl splits these commands into words like a shell; an open quote or a final backslash fails. */
  private void shellWords(String path, String command) {
    char quote = 0;
    boolean escaped = false;
    for (char c : command.toCharArray()) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\' && quote != '\'') {
        escaped = true;
      } else if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      }
    }
    if (quote != 0) {
      error(path, "has an unclosed " + quote + " quote: close it so the command splits into words");
    } else if (escaped) {
      error(path, "ends with a backslash: remove it or escape the character after it");
    }
  }

  private void signal(String path, String signal) {
    if (!KILL_SIGNALS.contains(signal)) {
      error(path, "is \"" + signal + "\": use one of " + String.join(", ", SIGNAL_ORDER));
    }
  }

  private void killTimeout(String path, FlyDuration d) {
    notNegative(path, d);
    if (d.toDuration().compareTo(MAX_KILL_TIMEOUT) > 0) {
      error(path, "is " + d + ": Fly waits at most 5m (300s) before killing, so write \"300s\" or less");
    }
  }

  private void notNegative(String path, FlyDuration d) {
    if (d.toDuration().isNegative()) {
      error(path, "is " + d + ": a duration cannot be negative");
    }
  }

  private void port(String path, int port) {
    if (port < 1 || port > 65535) {
      error(path, "is " + port + ": use a port from 1 to 65535");
    }
  }

  private void error(String path, String message) {
    problems.add(Problem.error(path, message));
  }

  private void warning(String path, String message) {
    problems.add(Problem.warning(path, message));
  }
}
