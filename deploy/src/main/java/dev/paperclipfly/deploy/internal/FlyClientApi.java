package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.fly.FlyApiException;
import dev.paperclipfly.fly.FlyClient;
import dev.paperclipfly.fly.FlyConnectionException;
import dev.paperclipfly.fly.FlyException;
import dev.paperclipfly.fly.model.AppSecret;
import dev.paperclipfly.fly.model.AssignIpRequest;
import dev.paperclipfly.fly.model.CreateAppRequest;
import dev.paperclipfly.fly.model.CreateMachineRequest;
import dev.paperclipfly.fly.model.CreateVolumeRequest;
import dev.paperclipfly.fly.model.ExecRequest;
import dev.paperclipfly.fly.model.Machine;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.SecretsChange;
import dev.paperclipfly.fly.model.UpdateMachineRequest;
import dev.paperclipfly.fly.model.Volume;
import dev.paperclipfly.fly.model.WaitState;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link FlyApi} over the SDK's {@link FlyClient}: every call first takes a token from the shared
 * rate limiter (scoped as Fly scopes its limits: per action and app or machine), and the client's
 * errors become {@link ApiCallException}s with the status and Fly's own message.
 */
public final class FlyClientApi implements FlyApi {
  private static final Duration LEASE_TTL = Duration.ofSeconds(120);

  private final FlyClient fly;
  private final RateLimiter limiter;

  public FlyClientApi(FlyClient fly, RateLimiter limiter) {
    this.fly = fly;
    this.limiter = limiter;
  }

  private <T> T call(String operation, String identifier, Supplier<T> work) {
    limiter.acquire(operation, identifier);
    try {
      return work.get();
    } catch (FlyApiException e) {
      throw new ApiCallException(operation, e.httpStatus(), e.error().orElse(e.getMessage()), e.requestId(), e);
    } catch (FlyConnectionException e) {
      throw new ApiCallException(operation, 0, e.requestSent()
          ? "connection lost before the answer arrived; the change may have been applied. Run apply again: it reads"
              + " the current state and continues from there"
          : "cannot reach the Fly API: " + e.getMessage(), Optional.empty(), e);
    } catch (FlyException e) {
      throw new ApiCallException(operation, 0, e.getMessage(), Optional.empty(), e);
    }
  }

  private void run(String operation, String identifier, Runnable work) {
    call(operation, identifier, () -> {
      work.run();
      return null;
    });
  }

  @Override
  public Optional<AppInfo> app(String app) {
    try {
      return call("Apps_show", app, () -> {
        var a = fly.apps().get(app);
        return Optional.of(new AppInfo(app, a.organization().flatMap(o -> o.slug()).orElse(""), a.network().orElse("")));
      });
    } catch (ApiCallException e) {
      if (e.isNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void createApp(String app, String orgSlug) {
    run("Apps_create", app, () -> fly.apps().create(CreateAppRequest.builder().name(app).orgSlug(orgSlug).build()));
  }

  @Override
  public List<String> ipAddresses(String app) {
    return call("App_IPAssignments_list", app, () -> fly.ipAssignments().list(app).stream().map(ip -> ip.ip()).toList());
  }

  @Override
  public void allocatePrivateIpv6(String app, Optional<String> network) {
    // Flycast on an app with a custom network needs that network named explicitly.
    run("App_IPAssignments_create", app, () -> fly.ipAssignments().allocate(app,
        AssignIpRequest.builder().type("private_v6").network(network).build()));
  }

  @Override
  public void releaseIp(String app, String ip) {
    run("App_IPAssignments_delete", app, () -> fly.ipAssignments().release(app, ip));
  }

  @Override
  public List<VolumeInfo> volumes(String app) {
    return call("Volumes_list", app, () -> fly.volumes().list(app).stream().map(FlyClientApi::volume).toList());
  }

  private static VolumeInfo volume(Volume v) {
    return new VolumeInfo(v.id(), v.name().orElse(""), v.region().orElse(""), v.state().orElse(""),
        v.attachedMachineId().filter(s -> !s.isEmpty()));
  }

  @Override
  public VolumeInfo createVolume(String app, String name, String region, int sizeGb) {
    return call("Volumes_create", app, () -> volume(fly.volumes().create(app, CreateVolumeRequest.builder()
        .name(name).region(region).sizeGb(sizeGb).encrypted(true).build())));
  }

  @Override
  public List<SecretInfo> secrets(String app) {
    return call("Secrets_list", app, () -> secretInfos(fly.secrets().list(app)));
  }

  private static List<SecretInfo> secretInfos(List<AppSecret> secrets) {
    return secrets.stream().map(s -> new SecretInfo(s.name(), s.digest().orElse(""), s.updatedAt().flatMap(FlyClientApi::instant)))
        .toList();
  }

  private static Optional<Instant> instant(String s) {
    try {
      return Optional.of(Instant.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public FlyApi.SecretsUpdate setSecrets(String app, Map<String, Secret> values) {
    SecretsChange.Builder change = SecretsChange.builder();
    values.forEach(change::set);
    dev.paperclipfly.fly.model.SecretsUpdate r = call("Secrets_update", app, () -> fly.secrets().update(app, change.build()));
    return new FlyApi.SecretsUpdate(secretInfos(r.secrets()), r.version());
  }

  @Override
  public List<MachineInfo> machines(String app) {
    return call("Machines_list", app, () -> fly.machines().list(app).stream().map(FlyClientApi::machine).toList());
  }

  private static MachineInfo machine(Machine m) {
    return new MachineInfo(m.id(), m.region().orElse(""), m.state().orElse(""), m.instanceId().orElse(""),
        m.config().orElseGet(() -> MachineConfig.builder().build()));
  }

  @Override
  public MachineInfo createMachine(String app, String region, MachineConfig config, long minSecretsVersion) {
    CreateMachineRequest.Builder r = CreateMachineRequest.builder().config(config).region(region);
    if (minSecretsVersion > 0) {
      r.minSecretsVersion(minSecretsVersion);
    }
    return call("Machines_create", app, () -> machine(fly.machines().create(app, r.build())));
  }

  @Override
  public MachineInfo updateMachineUnderLease(String app, String machineId, MachineConfig config, long minSecretsVersion) {
    UpdateMachineRequest.Builder r = UpdateMachineRequest.builder().config(config);
    if (minSecretsVersion > 0) {
      r.minSecretsVersion(minSecretsVersion);
    }
    run("Machines_create_lease", machineId,
        () -> fly.machines().acquireLease(app, machineId, LEASE_TTL, Optional.of("paperclip-fly deploy")));
    try {
      return call("Machines_update", machineId, () -> machine(fly.machines().update(app, machineId, r.build())));
    } finally {
      try {
        run("Machines_release_lease", machineId, () -> fly.machines().releaseLease(app, machineId));
      } catch (ApiCallException e) {
        // The lease expires on its own after its TTL; the update itself is what matters.
      }
    }
  }

  @Override
  public void startMachine(String app, String machineId) {
    run("Machines_start", machineId, () -> fly.machines().start(app, machineId));
  }

  @Override
  public boolean waitFor(String app, String machineId, String state, Duration timeout) {
    try {
      run("Machines_wait", machineId, () -> fly.machines().waitFor(app, machineId, WaitState.valueOf(
          state.toUpperCase(java.util.Locale.ROOT)), timeout));
      return true;
    } catch (ApiCallException e) {
      if (e.status() == 408) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public ExecOutput exec(String app, String machineId, List<String> command, Duration timeout) {
    var r = call("Machines_exec", machineId, () -> fly.machines().exec(app, machineId,
        ExecRequest.builder().command(command).timeout((int) Math.max(1, timeout.toSeconds())).build()));
    return new ExecOutput(r.exitCode(), r.stdout().orElse(""), r.stderr().orElse(""));
  }
}
