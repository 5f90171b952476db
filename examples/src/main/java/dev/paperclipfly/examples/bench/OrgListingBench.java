package dev.paperclipfly.examples.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paperclipfly.core.Secret;
import dev.paperclipfly.fly.FlyClient;
import dev.paperclipfly.fly.model.OrgListFilter;
import dev.paperclipfly.fly.model.OrgMachine;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pages through an organization's Machines ({@code GET /v1/orgs/{org}/machines}) served by a local
 * stub, and reports the time per full pass and the peak heap while streaming, against collecting the
 * whole fleet into a list.
 *
 * <pre>
 * java -Xmx64m -cp examples/target/paperclip-fly.jar dev.paperclipfly.examples.bench.OrgListingBench 10000 1000
 * </pre>
 *
 * Arguments: number of Machines (default 10000), page size (default 1000), measured passes (default 5),
 * and {@code stream-only} to skip collecting the fleet into a list (which needs a heap that holds it).
 */
public final class OrgListingBench {
  private OrgListingBench() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    boolean streamOnly = args.length > 3 && args[3].equals("stream-only");
    // Without TCP_NODELAY the JDK's stub server meets delayed ACKs on small pages (~40 ms each),
    // which would measure the stub, not the client.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/orgs/bench/machines", ex -> servePage(ex, total, requests));
    server.start();
    try {
      FlyClient fly = FlyClient.builder()
          .token(Secret.of("fm2_bench-token"))
          .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
          .build();
      OrgListFilter filter = OrgListFilter.builder().pageSize(pageSize).build();
      System.out.printf(Locale.ROOT, "machines=%d pageSize=%d maxHeap=%d MiB java=%s%n", total, pageSize,
          Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
      for (int i = 0; i < 3; i++) {
        streamPass(fly, filter, total);
      }
      measure("stream (count)", passes, () -> streamPass(fly, filter, total));
      if (!streamOnly) {
        measure("collect to List", passes, () -> listPass(fly, filter, total));
        retainedByList(fly, filter, total);
      }
      System.out.printf(Locale.ROOT, "requests served: %d%n", requests.get());
    } finally {
      server.stop(0);
    }
  }

  private static long streamPass(FlyClient fly, OrgListFilter filter, int expected) {
    try (Stream<OrgMachine> s = fly.machines().listOrg("bench", filter)) {
      long n = s.filter(m -> m.state().isPresent()).count();
      check(n, expected);
      return n;
    }
  }

  private static long listPass(FlyClient fly, OrgListFilter filter, int expected) {
    List<OrgMachine> all = fly.machines().listOrg("bench", filter).collect(Collectors.toList());
    check(all.size(), expected);
    return all.size();
  }

  /** Live heap, after a full GC, of the whole fleet held as a list: what streaming avoids. */
  private static void retainedByList(FlyClient fly, OrgListFilter filter, int expected) {
    System.gc();
    long before = heapUsed();
    List<OrgMachine> all = fly.machines().listOrg("bench", filter).collect(Collectors.toList());
    check(all.size(), expected);
    System.gc();
    long held = heapUsed() - before;
    System.out.printf(Locale.ROOT, "fleet held as a List after GC: %.1f MiB (%d machines)%n", held / 1048576.0,
        all.size());
  }

  private static void check(long got, int expected) {
    if (got != expected) {
      throw new IllegalStateException("expected " + expected + " machines, got " + got);
    }
  }

  private static void measure(String label, int passes, java.util.function.LongSupplier pass) {
    long best = Long.MAX_VALUE;
    long sum = 0;
    long peakMax = 0;
    for (int i = 0; i < passes; i++) {
      System.gc();
      long baseline = heapUsed();
      resetPeaks();
      long t0 = System.nanoTime();
      pass.getAsLong();
      long elapsed = System.nanoTime() - t0;
      long peak = peakHeap() - baseline;
      best = Math.min(best, elapsed);
      sum += elapsed;
      peakMax = Math.max(peakMax, peak);
    }
    System.out.printf(Locale.ROOT, "%-16s best %7.1f ms  mean %7.1f ms  peak heap above baseline %6.1f MiB%n",
        label, best / 1e6, sum / 1e6 / passes, peakMax / 1048576.0);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** One spec-shaped {@code OrgMachinesResponse} page, rendered on request so the stub holds no fleet. */
  private static void servePage(HttpExchange ex, int total, AtomicInteger requests) throws IOException {
    requests.incrementAndGet();
    String query = ex.getRequestURI().getRawQuery();
    int from = Integer.parseInt(param(query, "cursor", "0"));
    int limit = Integer.parseInt(param(query, "limit", "1000"));
    int to = Math.min(total, from + limit);
    StringBuilder sb = new StringBuilder(to - from > 0 ? (to - from) * 420 : 64).append("{\"machines\":[");
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(',');
      }
      sb.append("{\"id\":\"m").append(i).append("\",\"name\":\"machine-").append(i)
          .append("\",\"app_name\":\"app-").append(i % 97).append("\",\"state\":\"started\",\"region\":\"ams\"")
          .append(",\"instance_id\":\"01J8ZQ4V6T5N1WJ3D2K9X7C0AB\",\"private_ip\":\"fdaa:0:1::").append(Integer.toHexString(i))
          .append("\",\"version\":\"01J8ZQ4V6T5N1WJ3D2K9X7C0AB\",\"created_at\":\"2026-01-01T00:00:00Z\"")
          .append(",\"updated_at\":\"2026-01-01T00:00:00Z\",\"config\":{\"image\":\"registry.fly.io/app:v")
          .append(i % 13).append("\",\"guest\":{\"cpu_kind\":\"shared\",\"cpus\":1,\"memory_mb\":256}")
          .append(",\"metadata\":{\"fly_platform_version\":\"v2\",\"fly_process_group\":\"app\"}}}");
    }
    sb.append("]");
    if (to < total) {
      sb.append(",\"next_cursor\":\"").append(to).append('"');
    }
    sb.append('}');
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static String param(String query, String name, String fallback) {
    if (query == null) {
      return fallback;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return fallback;
  }
}
