package dev.paperclipfly.templates.bench;

import dev.paperclipfly.templates.Bundle;
import dev.paperclipfly.templates.BundleRenderer;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.templates.lint.BundleLinter;
import java.util.Arrays;

/**
 * Measures how long rendering (and linting) one bundle takes. Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl templates -am test-compile
 * ./mvnw -B -ntp -q -pl core dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "templates/target/test-classes:templates/target/classes:core/target/classes:$(cat core/target/cp.txt)" \
 *     dev.paperclipfly.templates.bench.RenderBenchmark
 * </pre>
 *
 * <p>Prints the median and 99th percentile over the measured rounds, after a warm-up that lets the JIT
 * compile the template engine. The renderer is built once (templates loaded once), as an embedding tool
 * would hold it.
 */
public final class RenderBenchmark {
  private static final int WARMUP = 20_000;
  private static final int ROUNDS = 20_000;

  private RenderBenchmark() {}

  /** Runs the benchmark; the optional argument overrides the number of measured rounds. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : ROUNDS;
    PaperclipDeployment deployment = PaperclipDeployment.builder()
        .appName("bench-paperclip").org("personal").primaryRegion("sjc").tailnetDnsSuffix("tail1234ab.ts.net").build();
    BundleRenderer renderer = BundleRenderer.builder().build();
    BundleLinter linter = BundleLinter.create();

    long sink = 0;
    for (int i = 0; i < WARMUP; i++) {
      sink += renderer.render(deployment).paths().size();
    }
    long[] render = new long[rounds];
    long[] lint = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      Bundle bundle = renderer.render(deployment);
      long t1 = System.nanoTime();
      sink += linter.lint(bundle).size();
      long t2 = System.nanoTime();
      render[i] = t1 - t0;
      lint[i] = t2 - t1;
    }
    long t0 = System.nanoTime();
    BundleRenderer.builder().build().render(deployment);
    long cold = System.nanoTime() - t0;

    System.out.printf("render: median %.1f us, p99 %.1f us over %d rounds%n", pct(render, 50), pct(render, 99), rounds);
    System.out.printf("lint:   median %.1f us, p99 %.1f us over %d rounds%n", pct(lint, 50), pct(lint, 99), rounds);
    System.out.printf("builder + render (templates reloaded from the classpath): %.1f us%n", cold / 1000.0);
    System.out.println("(checksum " + sink + ")");
  }

  private static double pct(long[] nanos, int percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1000.0;
  }
}
