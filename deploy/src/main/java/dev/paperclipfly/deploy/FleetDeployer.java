package dev.paperclipfly.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Applies many deployments (one per client, say) with at most {@code maxConcurrency} in flight.
 * Fly's per-action rate limits are kept by the shared {@link Deployer}'s limiter; a failed
 * deployment does not stop the others, and the report lists every outcome.
 *
 * <pre>{@code
 * FleetReport report = FleetDeployer.of(deployer, 8).apply(targets, event -> ui.show(event));
 * report.failures().forEach(f -> System.err.println(f));
 * }</pre>
 */
public final class FleetDeployer {
  private final Deployer deployer;
  private final int maxConcurrency;

  private FleetDeployer(Deployer deployer, int maxConcurrency) {
    this.deployer = Objects.requireNonNull(deployer, "deployer");
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
    }
    this.maxConcurrency = maxConcurrency;
  }

  /** A fleet deployer running at most {@code maxConcurrency} applies at a time. */
  public static FleetDeployer of(Deployer deployer, int maxConcurrency) {
    return new FleetDeployer(deployer, maxConcurrency);
  }

  /** Plans every deployment (read-only), in the order given, with the same concurrency. */
  public List<DeploymentPlan> plan(List<DeploymentTarget> targets) {
    checkDistinct(targets);
    return run(targets, t -> deployer.plan(t));
  }

  /**
   * Applies every deployment; {@code listener} receives the events of all of them (each carries its app
   * name) and must be thread-safe.
   */
  public FleetReport apply(List<DeploymentTarget> targets, Consumer<DeployEvent> listener) {
    checkDistinct(targets);
    Instant start = Instant.now();
    List<FleetEntry> entries = run(targets, t -> {
      Instant began = Instant.now();
      try {
        DeployResult r = deployer.apply(t, listener);
        return FleetEntry.builder().appName(t.appName()).result(r).elapsed(Duration.between(began, Instant.now())).build();
      } catch (DeployException e) {
        return FleetEntry.builder().appName(t.appName()).failure(e).elapsed(Duration.between(began, Instant.now())).build();
      } catch (RuntimeException e) {
        DeployException wrapped = new DeployException(t.appName(), java.util.Optional.empty(), "unexpected failure: " + e, e);
        return FleetEntry.builder().appName(t.appName()).failure(wrapped).elapsed(Duration.between(began, Instant.now()))
            .build();
      }
    });
    return new FleetReport(entries, Duration.between(start, Clock.systemUTC().instant()));
  }

  private interface Work<T> {
    T run(DeploymentTarget t);
  }

  private <T> List<T> run(List<DeploymentTarget> targets, Work<T> work) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(maxConcurrency, Math.max(1, targets.size())), r -> {
      Thread th = new Thread(r, "fleet-deploy-" + n.incrementAndGet());
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (DeploymentTarget t : targets) {
        futures.add(pool.submit(() -> work.run(t)));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while deploying the fleet", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void checkDistinct(List<DeploymentTarget> targets) {
    Set<String> seen = new HashSet<>();
    for (DeploymentTarget t : targets) {
      if (!seen.add(t.appName())) {
        throw new IllegalArgumentException("app " + t.appName() + " appears twice in the fleet: each deployment needs"
            + " its own app");
      }
    }
  }
}
