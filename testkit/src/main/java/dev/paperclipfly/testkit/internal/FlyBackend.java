package dev.paperclipfly.testkit.internal;

import static dev.paperclipfly.testkit.OperationKind.EXEC;
import static dev.paperclipfly.testkit.OperationKind.MUTATION;
import static dev.paperclipfly.testkit.OperationKind.READ;

import dev.paperclipfly.testkit.ExecHandler;
import dev.paperclipfly.testkit.ExecResult;
import dev.paperclipfly.testkit.internal.FakeHttpServer.ApiError;
import dev.paperclipfly.testkit.internal.FakeHttpServer.Call;
import dev.paperclipfly.testkit.internal.FakeHttpServer.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of a fake Fly organisation and the Machines API operations over it, answering with the
 * shapes of the published OpenAPI spec. All state is guarded by one lock; waits sleep outside it.
 */
public final class FlyBackend {
  private static final Pattern APP_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final Pattern VOLUME_NAME = Pattern.compile("[a-z0-9_]{1,30}");
  private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> WAIT_STATES = Set.of("started", "stopped", "suspended", "destroyed", "failed", "settled");
  private static final Set<String> IP_TYPES = Set.of("v4", "v6", "shared_v4", "private_v6");

  private final Object lock = new Object();
  private final Map<String, AppRec> apps = new LinkedHashMap<>();
  private final Ids ids;
  private final Clock clock;
  private volatile Duration bootTime = Duration.ZERO;
  private volatile ExecHandler execHandler = (app, machine, command) -> Optional.empty();

  static final class AppRec {
    final String id;
    final String name;
    final String org;
    final String network;
    final List<ObjectNode> ips = new ArrayList<>();
    final Map<String, ObjectNode> volumes = new LinkedHashMap<>();
    final Map<String, SecretRec> secrets = new TreeMap<>();
    final Map<String, MachineRec> machines = new LinkedHashMap<>();
    final PaperclipGuest guest = new PaperclipGuest();
    long secretsVersion;

    AppRec(String id, String name, String org, String network) {
      this.id = id;
      this.name = name;
      this.org = org;
      this.network = network;
    }
  }

  record SecretRec(String value, String digest, String createdAt, String updatedAt) {}

  static final class MachineRec {
    String id;
    String name;
    String region;
    String state;
    String instanceId;
    String createdAt;
    String updatedAt;
    String privateIp;
    ObjectNode config;
    Instant startsAt;
    long minSecretsVersion;
    String leaseNonce;
    String leaseOwner;
    String leaseDescription;
    long leaseExpiresAt;
  }

  public FlyBackend(Clock clock, long seed) {
    this.clock = clock;
    this.ids = new Ids(seed);
  }

  public void bootTime(Duration d) {
    this.bootTime = d;
  }

  public void execHandler(ExecHandler h) {
    this.execHandler = h;
  }

  /** Registers every Machines API route this fake serves. */
  public void register(FakeHttpServer s) {
    s.route("POST", "/apps", "Apps_create", MUTATION, this::createApp);
    s.route("GET", "/apps/{app_name}", "Apps_show", READ, c -> Reply.json(200, appJson(app(c))));
    s.route("GET", "/apps/{app_name}/ip_assignments", "App_IPAssignments_list", READ, this::listIps);
    s.route("POST", "/apps/{app_name}/ip_assignments", "App_IPAssignments_create", MUTATION, this::assignIp);
    s.route("DELETE", "/apps/{app_name}/ip_assignments/{ip}", "App_IPAssignments_delete", MUTATION, this::releaseIp);
    s.route("GET", "/apps/{app_name}/volumes", "Volumes_list", READ, this::listVolumes);
    s.route("POST", "/apps/{app_name}/volumes", "Volumes_create", MUTATION, this::createVolumeCall);
    s.route("GET", "/apps/{app_name}/volumes/{volume_id}", "Volumes_get_by_id", READ, this::getVolume);
    s.route("GET", "/apps/{app_name}/secrets", "Secrets_list", READ, this::listSecrets);
    s.route("POST", "/apps/{app_name}/secrets", "Secrets_update", MUTATION, this::updateSecrets);
    s.route("GET", "/apps/{app_name}/machines", "Machines_list", READ, this::listMachines);
    s.route("POST", "/apps/{app_name}/machines", "Machines_create", MUTATION, this::createMachine);
    s.route("GET", "/apps/{app_name}/machines/{machine_id}", "Machines_show", READ, this::showMachine);
    s.route("POST", "/apps/{app_name}/machines/{machine_id}", "Machines_update", MUTATION, this::updateMachine);
    s.route("POST", "/apps/{app_name}/machines/{machine_id}/start", "Machines_start", MUTATION, this::startMachine);
    s.route("GET", "/apps/{app_name}/machines/{machine_id}/wait", "Machines_wait", READ, this::waitMachine);
    s.route("POST", "/apps/{app_name}/machines/{machine_id}/exec", "Machines_exec", EXEC, this::exec);
    s.route("GET", "/apps/{app_name}/machines/{machine_id}/lease", "Machines_show_lease", READ, this::showLease);
    s.route("POST", "/apps/{app_name}/machines/{machine_id}/lease", "Machines_create_lease", MUTATION, this::createLease);
    s.route("DELETE", "/apps/{app_name}/machines/{machine_id}/lease", "Machines_release_lease", MUTATION, this::releaseLease);
  }

  // ---- seeding and inspection (used by FakeFly's public state view) ----

  public void seedApp(String name, String org) {
    synchronized (lock) {
      if (apps.containsKey(name)) {
        throw new IllegalArgumentException("app " + name + " already exists in the fake");
      }
      apps.put(name, new AppRec(ids.alnum(16), name, org, "default"));
    }
  }

  public String seedVolume(String app, String name, String region, int sizeGb) {
    synchronized (lock) {
      return newVolume(existingApp(app), name, region, sizeGb).path("id").asString();
    }
  }

  public void seedSecret(String app, String name, String value) {
    synchronized (lock) {
      AppRec a = existingApp(app);
      putSecret(a, name, value);
      a.secretsVersion++;
    }
  }

  public String seedIp(String app, String type) {
    synchronized (lock) {
      return newIp(existingApp(app), type).path("ip").asString();
    }
  }

  public Optional<JsonNode> app(String name) {
    synchronized (lock) {
      return Optional.ofNullable(apps.get(name)).map(this::appJson);
    }
  }

  public List<JsonNode> volumes(String app) {
    synchronized (lock) {
      return List.copyOf(existingApp(app).volumes.values().stream().map(v -> (JsonNode) v.deepCopy()).toList());
    }
  }

  public List<JsonNode> ips(String app) {
    synchronized (lock) {
      return existingApp(app).ips.stream().map(v -> (JsonNode) v.deepCopy()).toList();
    }
  }

  public List<JsonNode> machines(String app) {
    synchronized (lock) {
      AppRec a = existingApp(app);
      return a.machines.values().stream().map(m -> (JsonNode) machineJson(refresh(m))).toList();
    }
  }

  public Map<String, String> secrets(String app) {
    synchronized (lock) {
      Map<String, String> out = new TreeMap<>();
      existingApp(app).secrets.forEach((k, v) -> out.put(k, v.value()));
      return out;
    }
  }

  public long secretsVersion(String app) {
    synchronized (lock) {
      return existingApp(app).secretsVersion;
    }
  }

  public long minSecretsVersion(String app, String machineId) {
    synchronized (lock) {
      return machine(existingApp(app), machineId).minSecretsVersion;
    }
  }

  public PaperclipGuest guest(String app) {
    synchronized (lock) {
      return existingApp(app).guest;
    }
  }

  public Set<String> appNames() {
    synchronized (lock) {
      return Set.copyOf(apps.keySet());
    }
  }

  private AppRec existingApp(String app) {
    AppRec a = apps.get(app);
    if (a == null) {
      throw new IllegalArgumentException("no app " + app + " in the fake; create it first");
    }
    return a;
  }

  // ---- apps ----

  private Reply createApp(Call c) {
    JsonNode b = c.json();
    String name = text(b, "name").orElseThrow(() -> new ApiError(400, "name is required"));
    String org = text(b, "org_slug").orElseThrow(() -> new ApiError(400, "org_slug is required"));
    if (!APP_NAME.matcher(name).matches()) {
      throw new ApiError(400, "invalid app name " + name + ": use lower-case letters, digits and dashes");
    }
    synchronized (lock) {
      if (apps.containsKey(name)) {
        throw new ApiError(422, "Name has already been taken");
      }
      apps.put(name, new AppRec(ids.alnum(16), name, org, text(b, "network").orElse("default")));
    }
    return Reply.empty(201);
  }

  private AppRec app(Call c) {
    AppRec a = apps.get(c.param("app_name"));
    if (a == null) {
      throw new ApiError(404, "app not found");
    }
    return a;
  }

  private ObjectNode appJson(AppRec a) {
    ObjectNode o = obj();
    o.put("id", a.id);
    o.put("name", a.name);
    o.put("status", a.machines.isEmpty() ? "pending" : "deployed");
    o.put("network", a.network);
    ObjectNode org = o.putObject("organization");
    org.put("name", a.org);
    org.put("slug", a.org);
    o.put("machine_count", a.machines.size());
    o.put("volume_count", a.volumes.size());
    return o;
  }

  // ---- IP assignments ----

  private Reply listIps(Call c) {
    synchronized (lock) {
      ObjectNode o = obj();
      ArrayNode arr = o.putArray("ips");
      app(c).ips.forEach(ip -> arr.add(ip.deepCopy()));
      return Reply.json(200, o);
    }
  }

  private Reply assignIp(Call c) {
    String type = text(c.json(), "type").orElseThrow(() -> new ApiError(400, "type is required"));
    if (!IP_TYPES.contains(type)) {
      throw new ApiError(400, "invalid type " + type + ": one of " + IP_TYPES);
    }
    synchronized (lock) {
      return Reply.json(200, newIp(app(c), type).deepCopy());
    }
  }

  private ObjectNode newIp(AppRec a, String type) {
    int n = a.ips.size() + 1;
    ObjectNode ip = obj();
    String address = switch (type) {
      case "private_v6" -> "fdaa:0:" + ids.hex(4) + ":0:1::" + n;
      case "v6" -> "2a09:8280:1::" + ids.hex(2) + ":" + n;
      case "shared_v4" -> "66.241.124." + (10 + n);
      case "v4" -> "137.66.16." + (10 + n);
      default -> throw new ApiError(400, "invalid type " + type);
    };
    ip.put("ip", address);
    ip.put("region", "global");
    ip.put("service_name", "");
    ip.put("shared", type.equals("shared_v4"));
    ip.put("created_at", now());
    a.ips.add(ip);
    return ip;
  }

  private Reply releaseIp(Call c) {
    synchronized (lock) {
      boolean removed = app(c).ips.removeIf(ip -> ip.path("ip").asString().equals(c.param("ip")));
      if (!removed) {
        throw new ApiError(404, "ip assignment not found");
      }
    }
    return Reply.empty(204);
  }

  // ---- volumes ----

  private Reply listVolumes(Call c) {
    synchronized (lock) {
      ArrayNode arr = arr();
      app(c).volumes.values().forEach(v -> arr.add(v.deepCopy()));
      return Reply.json(200, arr);
    }
  }

  private Reply createVolumeCall(Call c) {
    JsonNode b = c.json();
    String name = text(b, "name").orElseThrow(() -> new ApiError(400, "name is required"));
    String region = text(b, "region").orElseThrow(() -> new ApiError(400, "region is required"));
    if (!VOLUME_NAME.matcher(name).matches()) {
      throw new ApiError(400, "invalid volume name " + name + ": lower-case letters, digits and underscores, at most 30");
    }
    int size = b.path("size_gb").asInt(1);
    if (size < 1) {
      throw new ApiError(400, "size_gb must be at least 1");
    }
    synchronized (lock) {
      return Reply.json(200, newVolume(app(c), name, region, size).deepCopy());
    }
  }

  private ObjectNode newVolume(AppRec a, String name, String region, int sizeGb) {
    ObjectNode v = obj();
    String id = "vol_" + ids.alnum(16);
    v.put("id", id);
    v.put("name", name);
    v.put("state", "created");
    v.put("size_gb", sizeGb);
    v.put("region", region);
    v.put("zone", ids.hex(4));
    v.put("encrypted", true);
    v.put("created_at", now());
    v.put("fstype", "ext4");
    v.put("snapshot_retention", 5);
    v.put("auto_backup_enabled", true);
    v.put("host_status", "ok");
    v.put("type", "local");
    a.volumes.put(id, v);
    return v;
  }

  private Reply getVolume(Call c) {
    synchronized (lock) {
      ObjectNode v = app(c).volumes.get(c.param("volume_id"));
      if (v == null) {
        throw new ApiError(404, "volume not found");
      }
      return Reply.json(200, v.deepCopy());
    }
  }

  // ---- secrets ----

  private Reply listSecrets(Call c) {
    boolean show = c.queryParam("show_secrets").map(Boolean::parseBoolean).orElse(false);
    synchronized (lock) {
      ObjectNode o = obj();
      o.set("secrets", secretsJson(app(c), show));
      return Reply.json(200, o);
    }
  }

  private Reply updateSecrets(Call c) {
    JsonNode values = c.json().path("values");
    if (!values.isObject()) {
      throw new ApiError(400, "values is required: an object of secret names to values (null removes)");
    }
    for (Map.Entry<String, JsonNode> e : values.properties()) {
      if (!SECRET_NAME.matcher(e.getKey()).matches()) {
        throw new ApiError(400, "invalid secret name " + e.getKey());
      }
      if (!e.getValue().isString() && !e.getValue().isNull()) {
        throw new ApiError(400, "value of " + e.getKey() + " must be a string or null");
      }
    }
    synchronized (lock) {
      AppRec a = app(c);
      for (Map.Entry<String, JsonNode> e : values.properties()) {
        if (e.getValue().isNull()) {
          a.secrets.remove(e.getKey());
        } else {
          putSecret(a, e.getKey(), e.getValue().asString());
        }
      }
      a.secretsVersion++;
      ObjectNode o = obj();
      o.set("secrets", secretsJson(a, false));
      o.put("version", a.secretsVersion);
      return Reply.json(200, o);
    }
  }

  private void putSecret(AppRec a, String name, String value) {
    String at = now();
    SecretRec old = a.secrets.get(name);
    a.secrets.put(name, new SecretRec(value, Ids.sha256Hex(value, 16), old == null ? at : old.createdAt(), at));
  }

  private ArrayNode secretsJson(AppRec a, boolean show) {
    ArrayNode arr = arr();
    a.secrets.forEach((name, s) -> {
      ObjectNode o = arr.addObject();
      o.put("name", name);
      o.put("digest", s.digest());
      o.put("created_at", s.createdAt());
      o.put("updated_at", s.updatedAt());
      if (show) {
        o.put("value", s.value());
      }
    });
    return arr;
  }

  // ---- machines ----

  private Reply listMachines(Call c) {
    List<String> states = c.queryParams("state");
    Optional<String> region = c.queryParam("region");
    synchronized (lock) {
      ArrayNode arr = arr();
      for (MachineRec m : app(c).machines.values()) {
        refresh(m);
        if ((states.isEmpty() || states.contains(m.state)) && region.map(m.region::equals).orElse(true)) {
          arr.add(machineJson(m));
        }
      }
      return Reply.json(200, arr);
    }
  }

  /** The request's config; both create and update must send a whole one, image included. */
  private static JsonNode requireConfig(JsonNode body) {
    JsonNode config = body.path("config");
    if (!config.isObject() || text(config, "image").isEmpty()) {
      throw new ApiError(400, "config.image is required: create and update both send the whole config");
    }
    return config;
  }

  private Reply createMachine(Call c) {
    JsonNode b = c.json();
    JsonNode config = requireConfig(b);
    synchronized (lock) {
      AppRec a = app(c);
      checkSecretsVersion(a, b);
      MachineRec m = new MachineRec();
      m.id = ids.hex(14);
      m.name = text(b, "name").orElse("machine-" + ids.alnum(6));
      m.region = text(b, "region").orElseGet(() -> mountedVolume(a, config).map(v -> v.path("region").asString()).orElse("iad"));
      attachMounts(a, m, config);
      m.config = (ObjectNode) config.deepCopy();
      m.createdAt = now();
      m.updatedAt = m.createdAt;
      m.instanceId = ids.ulid();
      m.privateIp = "fdaa:0:" + ids.hex(4) + ":a7b:" + ids.hex(3) + ":" + ids.hex(4) + ":" + ids.hex(4) + ":2";
      m.minSecretsVersion = b.path("min_secrets_version").asLong(0);
      if (b.path("skip_launch").asBoolean(false)) {
        m.state = "stopped";
      } else {
        // Fly answers "created" and boots the machine afterwards.
        m.state = "created";
        m.startsAt = clock.instant().plus(bootTime);
      }
      if (b.has("lease_ttl")) {
        grantLease(m, b.path("lease_ttl").asLong(30), "");
      }
      a.machines.put(m.id, m);
      ObjectNode out = machineJson(m);
      if (m.leaseNonce != null) {
        out.put("nonce", m.leaseNonce);
      }
      return Reply.json(200, out);
    }
  }

  private Reply showMachine(Call c) {
    synchronized (lock) {
      return Reply.json(200, machineJson(refresh(machine(app(c), c.param("machine_id")))));
    }
  }

  private Reply updateMachine(Call c) {
    JsonNode b = c.json();
    JsonNode config = requireConfig(b);
    synchronized (lock) {
      AppRec a = app(c);
      MachineRec m = refresh(machine(a, c.param("machine_id")));
      checkLease(c, m);
      checkSecretsVersion(a, b);
      if (text(b, "region").filter(r -> !r.equals(m.region)).isPresent()) {
        throw new ApiError(400, "region of a machine cannot change");
      }
      String oldVolume = m.config.path("mounts").path(0).path("volume").asString("");
      String newVolume = config.path("mounts").path(0).path("volume").asString("");
      if (!oldVolume.isEmpty() && !oldVolume.equals(newVolume)) {
        throw new ApiError(400, "cannot change the volume mounted on a machine (" + oldVolume + ")");
      }
      attachMounts(a, m, config);
      m.config = (ObjectNode) config.deepCopy();
      m.instanceId = ids.ulid();
      m.updatedAt = now();
      m.minSecretsVersion = b.path("min_secrets_version").asLong(0);
      if (!b.path("skip_launch").asBoolean(false)) {
        m.state = "starting";
        m.startsAt = clock.instant().plus(bootTime);
      }
      return Reply.json(200, machineJson(m));
    }
  }

  private Reply startMachine(Call c) {
    synchronized (lock) {
      MachineRec m = refresh(machine(app(c), c.param("machine_id")));
      checkLease(c, m);
      if (!m.state.equals("started")) {
        m.state = "starting";
        m.startsAt = clock.instant().plus(bootTime);
      }
      // The spec declares 200 without a body for start.
      return Reply.empty(200);
    }
  }

  private Reply waitMachine(Call c) {
    String want = c.queryParam("state").orElse("started");
    if (!WAIT_STATES.contains(want)) {
      throw new ApiError(400, "invalid_argument: state must be one of " + WAIT_STATES);
    }
    int timeout;
    try {
      timeout = Integer.parseInt(c.queryParam("timeout").orElse("60"));
    } catch (NumberFormatException e) {
      throw new ApiError(400, "invalid_argument: timeout must be whole seconds");
    }
    if (timeout < 1 || timeout > 60) {
      throw new ApiError(400, "invalid_argument: timeout must be between 1 and 60 seconds");
    }
    Instant deadline = clock.instant().plusSeconds(timeout);
    while (true) {
      Instant startsAt;
      synchronized (lock) {
        MachineRec m = refresh(machine(app(c), c.param("machine_id")));
        boolean settled = want.equals("settled") && !m.state.endsWith("ing") && !m.state.equals("created");
        if (m.state.equals(want) || settled) {
          ObjectNode o = obj();
          o.put("ok", true);
          o.put("state", m.state);
          o.put("version", m.instanceId);
          o.put("event_id", ids.ulid());
          return Reply.json(200, o);
        }
        startsAt = m.startsAt;
      }
      if (startsAt == null || startsAt.isAfter(deadline) || !want.equals("started")) {
        throw new ApiError(408, "deadline_exceeded: machine did not reach state " + want + " in " + timeout + "s");
      }
      sleepUntil(startsAt);
    }
  }

  private Reply exec(Call c) {
    JsonNode b = c.json();
    List<String> command = new ArrayList<>();
    b.path("command").forEach(n -> command.add(n.asString()));
    if (command.isEmpty() && text(b, "cmd").isPresent()) {
      command.addAll(List.of(text(b, "cmd").get().split(" ")));
    }
    if (command.isEmpty()) {
      throw new ApiError(400, "command is required");
    }
    String app;
    String machineId;
    PaperclipGuest guest;
    synchronized (lock) {
      AppRec a = app(c);
      MachineRec m = refresh(machine(a, c.param("machine_id")));
      if (!m.state.equals("started")) {
        throw new ApiError(412, "failed_precondition: machine is " + m.state + ", not started");
      }
      app = a.name;
      machineId = m.id;
      guest = a.guest;
    }
    ExecResult r = execHandler.run(app, machineId, command).orElseGet(() -> guest.run(command));
    ObjectNode o = obj();
    o.put("exit_code", r.exitCode());
    o.put("stdout", r.stdout());
    o.put("stderr", r.stderr());
    return Reply.json(200, o);
  }

  // ---- leases ----

  private Reply showLease(Call c) {
    synchronized (lock) {
      MachineRec m = machine(app(c), c.param("machine_id"));
      if (!leaseHeld(m)) {
        throw new ApiError(404, "lease not found");
      }
      return Reply.json(200, leaseJson(m));
    }
  }

  private Reply createLease(Call c) {
    long ttl = c.json().path("ttl").asLong(30);
    String description = text(c.json(), "description").orElse("");
    synchronized (lock) {
      MachineRec m = machine(app(c), c.param("machine_id"));
      Optional<String> nonce = c.header("fly-machine-lease-nonce");
      if (leaseHeld(m) && !nonce.map(m.leaseNonce::equals).orElse(false)) {
        throw new ApiError(409, "lease currently held by " + m.leaseOwner);
      }
      if (nonce.isPresent() && leaseHeld(m)) {
        m.leaseExpiresAt = clock.instant().getEpochSecond() + ttl;
      } else {
        grantLease(m, ttl, description);
      }
      return Reply.json(201, leaseJson(m));
    }
  }

  private Reply releaseLease(Call c) {
    String nonce = c.header("fly-machine-lease-nonce")
        .orElseThrow(() -> new ApiError(400, "fly-machine-lease-nonce header is required"));
    synchronized (lock) {
      MachineRec m = machine(app(c), c.param("machine_id"));
      if (!leaseHeld(m)) {
        throw new ApiError(404, "lease not found");
      }
      if (!m.leaseNonce.equals(nonce)) {
        throw new ApiError(409, "lease nonce does not match the lease held by " + m.leaseOwner);
      }
      m.leaseNonce = null;
      return Reply.empty(200);
    }
  }

  private void grantLease(MachineRec m, long ttl, String description) {
    m.leaseNonce = ids.hex(12);
    m.leaseOwner = "deployer@example.com";
    m.leaseDescription = description;
    m.leaseExpiresAt = clock.instant().getEpochSecond() + ttl;
  }

  private boolean leaseHeld(MachineRec m) {
    return m.leaseNonce != null && m.leaseExpiresAt > clock.instant().getEpochSecond();
  }

  private ObjectNode leaseJson(MachineRec m) {
    ObjectNode o = obj();
    o.put("nonce", m.leaseNonce);
    o.put("expires_at", m.leaseExpiresAt);
    o.put("owner", m.leaseOwner);
    o.put("description", m.leaseDescription);
    o.put("version", m.instanceId);
    return o;
  }

  private void checkLease(Call c, MachineRec m) {
    if (leaseHeld(m) && !c.header("fly-machine-lease-nonce").map(m.leaseNonce::equals).orElse(false)) {
      throw new ApiError(409, "lease currently held by " + m.leaseOwner + ": send its fly-machine-lease-nonce");
    }
  }

  // ---- helpers ----

  private void checkSecretsVersion(AppRec a, JsonNode body) {
    long wanted = body.path("min_secrets_version").asLong(0);
    if (wanted > a.secretsVersion) {
      throw new ApiError(400, "min_secrets_version " + wanted + " is newer than the app's secrets (" + a.secretsVersion + ")");
    }
  }

  private Optional<ObjectNode> mountedVolume(AppRec a, JsonNode config) {
    String id = config.path("mounts").path(0).path("volume").asString("");
    return Optional.ofNullable(a.volumes.get(id));
  }

  private void attachMounts(AppRec a, MachineRec m, JsonNode config) {
    JsonNode mounts = config.path("mounts");
    if (mounts.size() > 1) {
      throw new ApiError(422, "invalid config.mounts, only 1 volume supported");
    }
    if (mounts.size() == 1) {
      String volumeId = mounts.path(0).path("volume").asString("");
      ObjectNode v = a.volumes.get(volumeId);
      if (v == null) {
        throw new ApiError(422, "invalid config.mounts: volume " + volumeId + " not found in app " + a.name);
      }
      String attached = v.path("attached_machine_id").asString("");
      if (!attached.isEmpty() && !attached.equals(m.id)) {
        throw new ApiError(422, "invalid config.mounts: volume " + volumeId + " is attached to machine " + attached);
      }
      if (!v.path("region").asString().equals(m.region)) {
        throw new ApiError(422, "invalid config.mounts: volume " + volumeId + " is in " + v.path("region").asString()
            + ", the machine in " + m.region);
      }
      v.put("attached_machine_id", m.id);
    }
  }

  private MachineRec machine(AppRec a, String id) {
    MachineRec m = a.machines.get(id);
    if (m == null) {
      throw new ApiError(404, "machine not found");
    }
    return m;
  }

  /** Applies a pending boot whose time has come. */
  private MachineRec refresh(MachineRec m) {
    if (m.startsAt != null && !clock.instant().isBefore(m.startsAt)) {
      m.state = "started";
      m.startsAt = null;
    }
    return m;
  }

  private ObjectNode machineJson(MachineRec m) {
    ObjectNode o = obj();
    o.put("id", m.id);
    o.put("name", m.name);
    o.put("state", m.state);
    o.put("region", m.region);
    o.put("instance_id", m.instanceId);
    o.put("private_ip", m.privateIp);
    o.set("config", m.config.deepCopy());
    o.set("image_ref", imageRef(m.config.path("image").asString()));
    o.put("created_at", m.createdAt);
    o.put("updated_at", m.updatedAt);
    o.putArray("events");
    o.put("host_status", "ok");
    return o;
  }

  private ObjectNode imageRef(String image) {
    ObjectNode o = obj();
    int slash = image.indexOf('/');
    String registry = slash > 0 && image.substring(0, slash).contains(".") ? image.substring(0, slash) : "docker.io";
    String rest = registry.equals("docker.io") && !image.startsWith("docker.io/") ? image : image.substring(slash + 1);
    int colon = rest.lastIndexOf(':');
    o.put("registry", registry);
    o.put("repository", colon > 0 ? rest.substring(0, colon) : rest);
    o.put("tag", colon > 0 ? rest.substring(colon + 1) : "latest");
    o.put("digest", "sha256:" + Ids.sha256Hex(image, 64));
    return o;
  }

  private void sleepUntil(Instant at) {
    long ms = Duration.between(clock.instant(), at).toMillis();
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiError(500, "interrupted");
      }
    }
  }

  private String now() {
    return clock.instant().toString();
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isString() || v.asString().isBlank() ? Optional.empty() : Optional.of(v.asString());
  }

  private static ObjectNode obj() {
    return FakeHttpServer.JSON.createObjectNode();
  }

  private static ArrayNode arr() {
    return FakeHttpServer.JSON.createArrayNode();
  }
}
