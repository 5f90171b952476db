package dev.paperclipfly.fly;

import dev.paperclipfly.fly.internal.Answers;
import dev.paperclipfly.fly.internal.ApiRequest;
import dev.paperclipfly.fly.internal.ApiRequest.Repeat;
import dev.paperclipfly.fly.internal.ApiTransport;
import dev.paperclipfly.fly.internal.CursorPages;
import dev.paperclipfly.fly.internal.GoDurations;
import dev.paperclipfly.fly.internal.LeaseNonces;
import dev.paperclipfly.fly.internal.OrgListing;
import dev.paperclipfly.fly.model.CreateMachineRequest;
import dev.paperclipfly.fly.model.ExecRequest;
import dev.paperclipfly.fly.model.ExecResult;
import dev.paperclipfly.fly.model.Machine;
import dev.paperclipfly.fly.model.MachineEvent;
import dev.paperclipfly.fly.model.MachineLease;
import dev.paperclipfly.fly.model.MachineListFilter;
import dev.paperclipfly.fly.model.OrgListFilter;
import dev.paperclipfly.fly.model.OrgMachine;
import dev.paperclipfly.fly.model.ProcessStat;
import dev.paperclipfly.fly.model.Signal;
import dev.paperclipfly.fly.model.StopRequest;
import dev.paperclipfly.fly.model.UpdateMachineRequest;
import dev.paperclipfly.fly.model.WaitRequest;
import dev.paperclipfly.fly.model.WaitResult;
import dev.paperclipfly.fly.model.WaitState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fly Machines: {@code /v1/apps/{app}/machines}. Obtain from {@link FlyClient#machines()}.
 *
 * <p>While this client holds a lease on a Machine (from {@link #acquireLease} or a create with
 * {@code lease_ttl}), every call that changes that Machine sends the lease's nonce in the
 * {@code fly-machine-lease-nonce} header.
 */
public final class Machines {
  static final String NONCE_HEADER = "fly-machine-lease-nonce";
  /** The API holds one wait for at most this long. */
  private static final Duration MAX_SERVER_WAIT = Duration.ofSeconds(60);

  private final ApiTransport api;
  private final LeaseNonces leases;

  Machines(ApiTransport api, LeaseNonces leases) {
    this.api = api;
    this.leases = leases;
  }

  /**
   * Creates (and, unless {@code skip_launch}, starts) a Machine. With {@code lease_ttl} the answer
   * carries a lease nonce, which this client then holds.
   */
  public Machine create(String app, CreateMachineRequest request) {
    // Not repeated after an unclear failure (a 408 or 5xx may come after the Machine was made, and a
    // repeat would make a second one). Give the Machine a name, then list by name before retrying.
    Machine m = api.json(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "machines").body(request),
        Machine.class);
    m.nonce().ifPresent(n -> leases.hold(app, m.id(), n));
    return m;
  }

  /**
   * @throws FlyApiException.NotFound when the app or Machine does not exist
   */
  public Machine get(String app, String machineId) {
    return api.json(ApiRequest.get("apps", app, "machines", machineId), Machine.class);
  }

  /** All of the app's Machines (this listing is not paged by the API). */
  public List<Machine> list(String app) {
    return list(app, MachineListFilter.builder().build());
  }

  public List<Machine> list(String app, MachineListFilter filter) {
    return api.jsonList(ApiRequest.get("apps", app, "machines")
        .query("include_deleted", filter.includeDeleted())
        .query("region", filter.region())
        .query("state", csv(filter.states()))
        .query("summary", filter.summary()), Machine.class);
  }

  /**
   * Replaces the Machine's whole config (the API does not merge). Read the Machine, change its config,
   * and pass {@code current_version} = its {@code instance_id} so a concurrent change fails with
   * {@link FlyApiException.PreconditionFailed} instead of being overwritten.
   */
  public Machine update(String app, String machineId, UpdateMachineRequest request) {
    // Repeated only when the server certainly did not act: a repeat after a lost success would fail the
    // current_version check, or restart the Machine a second time.
    return api.json(mutating(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "machines", machineId),
        app, machineId).body(request), Machine.class);
  }

  /**
   * Destroys the Machine; {@code force} kills it even when it is running.
   */
  public void delete(String app, String machineId, boolean force) {
    api.send(mutating(ApiRequest.delete("apps", app, "machines", machineId), app, machineId)
        .query("force", force ? Optional.of(true) : Optional.empty()));
  }

  /** Starts a stopped or suspended Machine (a suspended one resumes). Repeating a start is harmless. */
  public void start(String app, String machineId) {
    api.send(mutating(ApiRequest.post(Repeat.SAFE, "apps", app, "machines", machineId, "start"), app, machineId));
  }

  /** Stops the Machine with its configured signal and timeout. */
  public void stop(String app, String machineId) {
    stop(app, machineId, StopRequest.builder().build());
  }

  /** Stops the Machine: sends {@code signal}, and kills it if it is still running after {@code timeout}. */
  public void stop(String app, String machineId, StopRequest request) {
    // The API rejects a JSON array here ("cannot unmarshal array"); the request is always an object.
    api.send(mutating(ApiRequest.post(Repeat.SAFE, "apps", app, "machines", machineId, "stop"), app, machineId)
        .body(request));
  }

  /** Suspends the Machine; the next start resumes it from memory. */
  public void suspend(String app, String machineId) {
    api.send(mutating(ApiRequest.post(Repeat.SAFE, "apps", app, "machines", machineId, "suspend"), app,
        machineId));
  }

  /** Restarts the Machine with its configured stop signal. */
  public void restart(String app, String machineId) {
    restart(app, machineId, Optional.empty(), Optional.empty());
  }

  /**
   * Restarts the Machine, stopping it with {@code signal} and killing it after {@code timeout}.
   *
   * @throws IllegalArgumentException when the signal cannot stop a Machine
   */
  public void restart(String app, String machineId, Optional<Signal> signal, Optional<Duration> timeout) {
    signal.filter(s -> !s.stoppable()).ifPresent(s -> {
      throw new IllegalArgumentException("signal " + s + " cannot restart a Machine: use SIGTERM, SIGINT or SIGKILL");
    });
    // Not repeated after an unclear failure: a repeat could restart the Machine twice.
    api.send(mutating(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "machines", machineId, "restart"),
        app, machineId)
        .query("signal", signal)
        .query("timeout", timeout.map(GoDurations::format)));
  }

  /** Sends a signal to the Machine's main process. */
  public void signal(String app, String machineId, Signal signal) {
    Objects.requireNonNull(signal, "signal");
    ObjectNode body = api.json().createObjectNode().put("signal", signal.name());
    // Not repeated after an unclear failure: a signal such as SIGUSR1 may mean "do it again".
    api.send(mutating(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "machines", machineId, "signal"),
        app, machineId).body(body));
  }

  /** Stops Fly's proxy from routing requests to the Machine. */
  public void cordon(String app, String machineId) {
    api.send(mutating(ApiRequest.post(Repeat.SAFE, "apps", app, "machines", machineId, "cordon"), app, machineId));
  }

  /** Lets Fly's proxy route requests to the Machine again. */
  public void uncordon(String app, String machineId) {
    api.send(mutating(ApiRequest.post(Repeat.SAFE, "apps", app, "machines", machineId, "uncordon"), app,
        machineId));
  }

  /**
   * Waits until the Machine reaches a state, repeating the API's wait (60 s at most each) until
   * {@link WaitRequest#timeout()} has passed. Waiting for {@link WaitState#DESTROYED} also ends when the
   * Machine is gone (404).
   *
   * @throws FlyApiException.RequestTimeout when the state was not reached in time
   */
  public WaitResult waitFor(String app, String machineId, WaitRequest request) {
    Instant deadline = api.now().plus(request.timeout());
    while (true) {
      Duration remaining = Duration.between(api.now(), deadline);
      long seconds = Math.max(1, Math.min(MAX_SERVER_WAIT.getSeconds(), ceilSeconds(remaining)));
      ApiRequest call = ApiRequest.get("apps", app, "machines", machineId, "wait")
          .query("state", Optional.of(request.state().wire()))
          .query("version", request.version())
          .query("from_event_id", request.fromEventId())
          .query("timeout", Optional.of(seconds))
          // The HTTP timeout must outlast the server-side wait, or every long wait fails early.
          .timeout(Duration.ofSeconds(seconds).plus(api.requestTimeout()))
          .longPoll();
      try {
        return api.json(call, WaitResult.class);
      } catch (FlyApiException.RequestTimeout timeout) {
        if (!api.now().isBefore(deadline)) {
          throw timeout;
        }
      } catch (FlyApiException.NotFound gone) {
        if (request.state() == WaitState.DESTROYED) {
          return WaitResult.builder().ok(true).state(WaitState.DESTROYED.wire()).build();
        }
        throw gone;
      }
    }
  }

  /** Waits up to {@code timeout} for the Machine to reach {@code state}. */
  public WaitResult waitFor(String app, String machineId, WaitState state, Duration timeout) {
    return waitFor(app, machineId, WaitRequest.builder().state(state).timeout(timeout).build());
  }

  /**
   * Runs a command in the Machine. The API answers HTTP 200 even when the command fails: check
   * {@link ExecResult#exitCode()} or call {@link ExecResult#requireSuccess()}.
   */
  public ExecResult exec(String app, String machineId, ExecRequest request) {
    // Not repeated after an unclear failure: the command may already have run.
    return api.json(mutating(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "machines", machineId,
        "exec"), app, machineId).body(request), ExecResult.class);
  }

  /** Runs {@code command} (program and arguments) in the Machine; see {@link #exec(String, String, ExecRequest)}. */
  public ExecResult exec(String app, String machineId, String... command) {
    if (command.length == 0) {
      throw new IllegalArgumentException("command is empty: pass the program and its arguments");
    }
    return exec(app, machineId, ExecRequest.builder().addCommand(command).build());
  }

  /** The Machine's most recent events, newest first (the API returns 20 by default). */
  public List<MachineEvent> events(String app, String machineId) {
    return events(app, machineId, Optional.empty());
  }

  /** Up to {@code limit} (at most 50) of the Machine's most recent events. */
  public List<MachineEvent> events(String app, String machineId, Optional<Integer> limit) {
    return api.jsonList(ApiRequest.get("apps", app, "machines", machineId, "events").query("limit", limit),
        MachineEvent.class);
  }

  /** The processes running in the Machine. */
  public List<ProcessStat> processes(String app, String machineId) {
    return api.jsonList(ApiRequest.get("apps", app, "machines", machineId, "ps"), ProcessStat.class);
  }

  /** The Machine's metadata. */
  public Map<String, String> metadata(String app, String machineId) {
    Map<?, ?> raw = api.json(ApiRequest.get("apps", app, "machines", machineId, "metadata"), Map.class);
    return raw.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
        e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue())));
  }

  /** Sets one metadata key (repeating sets the same value, so it is retried). */
  public void setMetadata(String app, String machineId, String key, String value) {
    ObjectNode body = api.json().createObjectNode().put("value", Objects.requireNonNull(value, "value"));
    api.send(mutating(ApiRequest.post(Repeat.SAFE, "apps", app, "machines", machineId, "metadata", key), app,
        machineId).body(body));
  }

  /** Removes one metadata key. */
  public void deleteMetadata(String app, String machineId, String key) {
    api.send(mutating(ApiRequest.delete("apps", app, "machines", machineId, "metadata", key), app, machineId));
  }

  /**
   * Acquires a lease on the Machine so no one else changes it. This client then sends the nonce with
   * every change to the Machine until {@link #releaseLease} (prefer {@link #withLease}).
   *
   * @throws FlyApiException.Conflict when someone else holds a lease
   */
  public MachineLease acquireLease(String app, String machineId, Duration ttl, Optional<String> description) {
    ObjectNode body = api.json().createObjectNode().put("ttl", ttlSeconds(ttl));
    description.ifPresent(d -> body.put("description", d));
    // Not repeated after an unclear failure: if the first attempt got the lease, a repeat would meet our
    // own lease as a conflict, with no nonce to release it.
    MachineLease lease = leaseCall(
        ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "machines", machineId, "lease").body(body));
    leases.hold(app, machineId, lease.nonce());
    return lease;
  }

  /**
   * Extends the lease this client holds on the Machine by {@code ttl}.
   *
   * @throws IllegalStateException when this client holds no lease on the Machine
   */
  public MachineLease refreshLease(String app, String machineId, Duration ttl) {
    String nonce = leases.held(app, machineId).orElseThrow(() -> new IllegalStateException(
        "no lease held on Machine " + machineId + " of app " + app + ": call acquireLease first"));
    ObjectNode body = api.json().createObjectNode().put("ttl", ttlSeconds(ttl));
    // A refresh with our nonce is safe to repeat: it only moves the expiry.
    MachineLease lease = leaseCall(ApiRequest.post(Repeat.SAFE, "apps", app, "machines", machineId, "lease")
        .header(NONCE_HEADER, Optional.of(nonce)).body(body));
    leases.hold(app, machineId, lease.nonce());
    return lease;
  }

  /** Releases the lease this client holds on the Machine; does nothing when it holds none. */
  public void releaseLease(String app, String machineId) {
    Optional<String> nonce = leases.held(app, machineId);
    if (nonce.isEmpty()) {
      return;
    }
    try {
      api.send(ApiRequest.delete("apps", app, "machines", machineId, "lease").header(NONCE_HEADER, nonce));
    } catch (FlyApiException.NotFound expired) {
      // Already expired or released: the goal is reached.
    } finally {
      leases.forget(app, machineId, nonce.get());
    }
  }

  /** The lease someone holds on the Machine, or empty when it is free. */
  public Optional<MachineLease> currentLease(String app, String machineId) {
    try {
      return Optional.of(leaseCall(ApiRequest.get("apps", app, "machines", machineId, "lease")));
    } catch (FlyApiException.NotFound free) {
      return Optional.empty();
    }
  }

  /**
   * Runs {@code work} while holding a lease on the Machine and always releases it afterwards, also when
   * {@code work} throws.
   */
  public <T> T withLease(String app, String machineId, Duration ttl, Function<MachineLease, T> work) {
    MachineLease lease = acquireLease(app, machineId, ttl, Optional.empty());
    try {
      return work.apply(lease);
    } finally {
      releaseLease(app, machineId);
    }
  }

  /**
   * Every Machine of an organization, fetched a page at a time as the stream is consumed, so a fleet of
   * any size never sits in memory at once. Close or fully consume the stream; nothing is held open
   * between pages.
   */
  public Stream<OrgMachine> listOrg(String orgSlug, OrgListFilter filter) {
    return CursorPages.stream(cursor -> {
      Answers.OrgMachinesPage page = api.json(OrgListing.request(orgSlug, "machines", filter, cursor),
          Answers.OrgMachinesPage.class);
      return new CursorPages.Page<>(page.machines(), page.nextCursor());
    });
  }

  /** The {@code Lease} answer comes wrapped as {@code {"status", "data"}} (docs) or flat (spec); read both. */
  private MachineLease leaseCall(ApiRequest request) {
    JsonNode answer = api.tree(request);
    JsonNode data = answer.has("data") && answer.get("data").isObject() ? answer.get("data") : answer;
    return api.convert(request, data, MachineLease.class);
  }

  private ApiRequest mutating(ApiRequest request, String app, String machineId) {
    return request.header(NONCE_HEADER, leases.held(app, machineId));
  }

  private static Optional<String> csv(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
  }

  private static long ttlSeconds(Duration ttl) {
    if (ttl.getSeconds() < 1) {
      throw new IllegalArgumentException("lease ttl must be at least 1 second, was " + ttl);
    }
    return ttl.getSeconds();
  }

  private static long ceilSeconds(Duration d) {
    return d.isNegative() ? 0 : d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
  }
}
