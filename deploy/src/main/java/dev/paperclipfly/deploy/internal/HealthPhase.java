package dev.paperclipfly.deploy.internal;

import dev.paperclipfly.deploy.DeployException;
import dev.paperclipfly.deploy.Step;
import dev.paperclipfly.deploy.StepAction;
import dev.paperclipfly.deploy.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Paperclip answers its health check from inside the machine. "Started" only means the VM runs;
 * the app may still be initialising PostgreSQL and running migrations.
 */
public final class HealthPhase implements Phase {
  private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration PAUSE = Duration.ofSeconds(2);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public StepKind kind() {
    return StepKind.HEALTH;
  }

  static List<String> probe(int port) {
    // Gotcha "authenticated mode blocks health checks": the hostname guard answers 403 unless Host is localhost.
    return List.of("curl", "-fsS", "-H", "Host: localhost", "http://127.0.0.1:" + port + "/api/health");
  }

  @Override
  public Step observe(DeployContext ctx) {
    String target = "/api/health of " + ctx.app();
    if (ctx.machine.isEmpty() || ctx.machineWillChange || !ctx.machineStarted) {
      return step(StepAction.CHECK, target, "confirm Paperclip answers its health check inside the machine");
    }
    Optional<JsonNode> h = probeOnce(ctx);
    ctx.health = h.filter(HealthPhase::ok);
    return step(StepAction.CHECK, target, h.map(j -> "Paperclip answers status " + j.path("status").asString("?"))
        .orElse("Paperclip does not answer yet: apply waits for it"));
  }

  @Override
  public void apply(DeployContext ctx, Step step) {
    if (ctx.health.isPresent()) {
      return;
    }
    FlyApi.MachineInfo m = ctx.machine.orElseThrow();
    Instant deadline = ctx.clock.instant().plus(ctx.target.healthTimeout());
    String last = "no answer";
    while (ctx.clock.instant().isBefore(deadline)) {
      FlyApi.ExecOutput out = ctx.fly.exec(ctx.app(), m.id(), probe(DesiredMachineConfig.internalPort(ctx.target.resolvedFlyToml())), EXEC_TIMEOUT);
      Optional<JsonNode> h = parse(out);
      if (h.filter(HealthPhase::ok).isPresent()) {
        ctx.health = h;
        return;
      }
      last = h.map(JsonNode::toString).orElse("exit " + out.exitCode() + " " + out.stderr().strip());
      try {
        ctx.sleeper.sleep(PAUSE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeployException(ctx.app(), Optional.of(step), "interrupted while waiting for health", e);
      }
    }
    throw new DeployException(ctx.app(), Optional.of(step), "Paperclip did not report healthy within "
        + ctx.target.healthTimeout() + " (last answer: " + abbreviate(last) + "): see flyctl logs -a " + ctx.app(), null);
  }

  private static Optional<JsonNode> probeOnce(DeployContext ctx) {
    return parse(ctx.fly.exec(ctx.app(), ctx.machine.orElseThrow().id(), probe(DesiredMachineConfig.internalPort(ctx.target.resolvedFlyToml())), EXEC_TIMEOUT));
  }

  private static Optional<JsonNode> parse(FlyApi.ExecOutput out) {
    if (out.exitCode() != 0) {
      return Optional.empty();
    }
    try {
      JsonNode j = JSON.readTree(out.stdout());
      return j.isObject() ? Optional.of(j) : Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private static boolean ok(JsonNode h) {
    return h.path("status").asString("").equals("ok");
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
