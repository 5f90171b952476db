package dev.paperclipfly.templates.internal;

import dev.paperclipfly.core.flytoml.AutoStopMachines;
import dev.paperclipfly.core.flytoml.Build;
import dev.paperclipfly.core.flytoml.Deploy;
import dev.paperclipfly.core.flytoml.FlyDuration;
import dev.paperclipfly.core.flytoml.FlyToml;
import dev.paperclipfly.core.flytoml.FlyTomlReader;
import dev.paperclipfly.core.flytoml.FlyTomlValidator;
import dev.paperclipfly.core.flytoml.HttpCheck;
import dev.paperclipfly.core.flytoml.HttpService;
import dev.paperclipfly.core.flytoml.MemorySize;
import dev.paperclipfly.core.flytoml.Mount;
import dev.paperclipfly.core.flytoml.Vm;
import dev.paperclipfly.core.validation.ValidationResult;
import dev.paperclipfly.templates.PaperclipDeployment;

/**
 * The deployment's fly.toml as core's typed {@link FlyToml}. The file itself is rendered from a
 * template, which keeps the comments explaining each setting; the renderer reads the rendered text
 * back with core's reader and requires it to equal this model, then runs core's validator on it.
 */
public final class FlyTomlModel {
  private FlyTomlModel() {}

  /** The fly.toml the deployment needs. */
  public static FlyToml of(PaperclipDeployment d) {
    FlyToml.Builder toml = FlyToml.builder()
        .app(d.appName())
        .primaryRegion(d.primaryRegion())
        // start.sh forwards SIGTERM to Paperclip and stops PostgreSQL cleanly within this time.
        .killSignal("SIGTERM")
        .killTimeout(FlyDuration.parse("60s"))
        .build(Build.builder().dockerfile("Dockerfile").build())
        // Gotcha "health check grace period": Fly honours at most 1m, so the slow first boot (initdb,
        // Tailscale, ~280 migrations) is covered by the deploy's wait for healthy checks instead.
        .deploy(Deploy.builder().waitTimeout(FlyDuration.parse("10m")).build())
        .httpService(HttpService.builder()
            .internalPort(d.internalPort())
            // Flycast is plain HTTP and tailscale serve terminates TLS: force_https would contradict it.
            .forceHttps(false)
            // Gotcha "min_machines_running = 1": Tailscale traffic is invisible to Fly's proxy, so the
            // machine must never be stopped or suspended as idle.
            .autoStopMachines(AutoStopMachines.OFF)
            .autoStartMachines(true)
            .minMachinesRunning(1)
            .addChecks(HttpCheck.builder()
                .gracePeriod(FlyDuration.parse("1m"))
                .interval(FlyDuration.parse("30s"))
                .method("GET")
                .path("/api/health")
                .timeout(FlyDuration.parse("10s"))
                // Gotcha "authenticated mode blocks health checks": the hostname guard allows localhost.
                .putHeaders("Host", "localhost")
                .build())
            .build())
        .addMounts(Mount.builder().source(d.volumeName()).destination(d.volumePath()).build())
        // Gotcha "512MB isn't enough memory": the deployment refuses less than 1024 MB.
        .addVm(Vm.builder().size(d.vmSize()).memory(MemorySize.parse(d.memoryMb() + "mb")).build());
    d.tailnetDnsSuffix().ifPresent(suffix -> toml.putEnv("TAILNET_DNS", suffix));
    return toml.build();
  }

  /**
   * Reads rendered fly.toml text with core's reader and validates it with core's validator.
   *
   * @throws dev.paperclipfly.core.flytoml.FlyTomlParseException when flyctl would not read it
   */
  public static Checked read(String text) {
    FlyToml parsed = FlyTomlReader.read(text);
    return new Checked(parsed, FlyTomlValidator.validate(parsed));
  }

  /** A rendered fly.toml read back, with what core's validator found. */
  public record Checked(FlyToml toml, ValidationResult problems) {}
}
