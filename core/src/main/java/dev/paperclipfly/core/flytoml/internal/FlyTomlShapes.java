package dev.paperclipfly.core.flytoml.internal;

import dev.paperclipfly.core.flytoml.FlyTomlParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns every shape flyctl accepts into the one shape the model binds, as flyctl's own patches do
 * ({@code internal/appconfig/patches.go}): {@code [env]} as a list of tables, {@code [[processes]]} with
 * {@code name}/{@code command}, a single {@code [services]} or {@code [mounts]} table, {@code mount},
 * {@code compute}/{@code computes}, {@code metric}, {@code "soft,hard"} concurrency, string ports,
 * checks as a list with {@code name}, headers as {@code [{name, value}]}, string {@code cmd} in
 * {@code [experimental]}, {@code experimental.kill_timeout} and {@code metrics_port/path},
 * {@code build_target}, and empty check durations. Bare-number durations are left as numbers (their
 * unit is applied when binding) so they are written back as read.
 */
public final class FlyTomlShapes {
  private FlyTomlShapes() {}

  /** Normalizes {@code doc} in place. */
  public static void normalize(Map<String, Object> doc) {
    env(doc);
    services(doc);
    processes(doc);
    experimental(doc);
    topLevelChecks(doc);
    merge(doc, "vm", "compute", "computes", "vm");
    merge(doc, "mounts", "mount", "mounts");
    merge(doc, "metrics", "metric", "metrics");
    dropEmpty(doc, "kill_timeout");
    build(doc);
  }

  private static void env(Map<String, Object> doc) {
    Object raw = doc.get("env");
    if (raw instanceof List<?> list) {
      Map<String, Object> merged = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        merged.putAll(table(list.get(i), "env[" + i + "]"));
      }
      doc.put("env", merged);
    } else if (raw != null && !(raw instanceof Map)) {
      throw new FlyTomlParseException("env", "must be a table of NAME = \"value\"");
    }
    if (doc.get("env") instanceof Map<?, ?> env) {
      // flyctl turns non-string values into their text (BAR = 123 becomes "123").
      doc.put("env", stringValues(env));
    }
  }

  private static void processes(Map<String, Object> doc) {
    Object raw = doc.get("processes");
    if (raw instanceof List<?> list) {
      Map<String, Object> byName = new LinkedHashMap<>();
      for (Object item : list) {
        if (item instanceof Map<?, ?> m && m.containsKey("name")) {
          Object command = m.get("command");
          byName.put(text(m.get("name")), command == null ? "" : text(command));
        }
      }
      if (byName.isEmpty()) {
        doc.remove("processes");
      } else {
        doc.put("processes", byName);
      }
    } else if (raw != null && !(raw instanceof Map)) {
      throw new FlyTomlParseException("processes", "must be a table of group = \"command\"");
    }
  }

  private static void experimental(Map<String, Object> doc) {
    if (!doc.containsKey("experimental")) {
      return;
    }
    Map<String, Object> exp = table(doc.get("experimental"), "experimental");
    for (String key : List.of("cmd", "entrypoint", "exec")) {
      Object v = exp.get(key);
      if (v instanceof String s) {
        exp.put(key, new ArrayList<>(List.of(s)));
      } else if (v != null && !(v instanceof List)) {
        throw new FlyTomlParseException("experimental." + key, "must be a string or a list of strings");
      }
    }
    Object killTimeout = exp.remove("kill_timeout");
    if (killTimeout != null) {
      doc.putIfAbsent("kill_timeout", killTimeout);
    }
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (String key : List.of("metrics_port", "metrics_path")) {
      if (exp.containsKey(key)) {
        metrics.put(key.substring("metrics_".length()), exp.remove(key));
      }
    }
    if (!metrics.isEmpty()) {
      doc.putIfAbsent("metrics", metrics);
    }
    doc.put("experimental", exp);
  }

  private static void services(Map<String, Object> doc) {
    if (!doc.containsKey("services")) {
      return;
    }
    List<Object> services = new ArrayList<>();
    List<Map<String, Object>> raw = tables(doc.get("services"), "services");
    for (int i = 0; i < raw.size(); i++) {
      Map<String, Object> service = raw.get(i);
      if (!service.isEmpty()) { // flyctl ignores a [[services]] without keys
        service(service, "services[" + services.size() + "]");
        services.add(service);
      }
    }
    doc.put("services", services);
  }

  private static void service(Map<String, Object> service, String path) {
    Object concurrency = service.get("concurrency");
    if (concurrency instanceof String s) {
      service.put("concurrency", legacyConcurrency(s, path + ".concurrency"));
    } else if (concurrency != null && !(concurrency instanceof Map)) {
      throw new FlyTomlParseException(path + ".concurrency", "must be a table with type, soft_limit and"
          + " hard_limit (or the old \"soft,hard\" string), not " + concurrency);
    }
    if (service.containsKey("ports")) {
      List<Map<String, Object>> ports = tables(service.get("ports"), path + ".ports");
      for (int i = 0; i < ports.size(); i++) {
        integer(ports.get(i), "port", path + ".ports[" + i + "]");
      }
      service.put("ports", new ArrayList<Object>(ports));
    }
    for (String kind : List.of("tcp_checks", "http_checks")) {
      if (service.containsKey(kind)) {
        List<Map<String, Object>> checks = tables(service.get(kind), path + "." + kind);
        for (int i = 0; i < checks.size(); i++) {
          check(checks.get(i), path + "." + kind + "[" + i + "]");
        }
        service.put(kind, new ArrayList<Object>(checks));
      }
    }
    integer(service, "internal_port", path);
  }

  private static Map<String, Object> legacyConcurrency(String text, String path) {
    String[] parts = text.split(",", 2);
    try {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("type", "requests");
      c.put("hard_limit", Long.parseLong(parts[1].strip()));
      c.put("soft_limit", Long.parseLong(parts[0].strip()));
      return c;
    } catch (RuntimeException e) {
      throw new FlyTomlParseException(path, "\"" + text + "\" is not \"soft,hard\": write a table with"
          + " type, soft_limit and hard_limit");
    }
  }

  private static void topLevelChecks(Map<String, Object> doc) {
    Object raw = doc.get("checks");
    if (raw == null) {
      return;
    }
    Map<String, Object> checks = new LinkedHashMap<>();
    if (raw instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Map<String, Object> check = table(list.get(i), "checks[" + i + "]");
        if (!(check.get("name") instanceof String name)) {
          throw new FlyTomlParseException("checks[" + i + "].name", "each check in a list needs a name;"
              + " better, write it as [checks.<name>]");
        }
        checks.put(name, check);
      }
    } else {
      checks.putAll(table(raw, "checks"));
    }
    for (Map.Entry<String, Object> e : checks.entrySet()) {
      check(table(e.getValue(), "checks." + e.getKey()), "checks." + e.getKey());
    }
    doc.put("checks", checks);
  }

  private static void check(Map<String, Object> check, String path) {
    for (String key : List.of("interval", "timeout", "grace_period")) {
      dropEmpty(check, key);
    }
    Object headers = check.get("headers");
    if (headers instanceof List<?> list) {
      Map<String, Object> byName = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        Map<String, Object> h = table(list.get(i), path + ".headers[" + i + "]");
        if (!h.containsKey("name")) {
          throw new FlyTomlParseException(path + ".headers[" + i + "]", "a header in a list needs name and value;"
              + " better, write headers as a table of Name = \"value\"");
        }
        byName.put(text(h.get("name")), h.containsKey("value") ? text(h.get("value")) : "");
      }
      check.put("headers", byName);
    } else if (headers instanceof Map<?, ?> map) {
      check.put("headers", stringValues(map));
    }
  }

  private static void build(Map<String, Object> doc) {
    if (doc.get("build") instanceof Map<?, ?> raw) {
      Map<String, Object> build = table(raw, "build");
      if (build.containsKey("build_target")) {
        build.put("build-target", build.remove("build_target"));
      }
    }
  }

  private static void merge(Map<String, Object> doc, String target, String... sources) {
    List<Object> merged = new ArrayList<>();
    boolean found = false;
    for (String key : sources) {
      if (doc.containsKey(key)) {
        found = true;
        merged.addAll(tables(doc.remove(key), key));
      }
    }
    if (found) {
      doc.put(target, merged);
    }
  }

  private static void dropEmpty(Map<String, Object> table, String key) {
    if ("".equals(table.get(key))) {
      table.remove(key);
    }
  }

  private static void integer(Map<String, Object> table, String key, String path) {
    if (table.get(key) instanceof String s) {
      try {
        table.put(key, Long.parseLong(s.strip()));
      } catch (NumberFormatException e) {
        throw new FlyTomlParseException(path + "." + key, "\"" + s + "\" is not a port number: write a whole number");
      }
    }
  }

  private static List<Map<String, Object>> tables(Object raw, String path) {
    if (raw instanceof Map) {
      return new ArrayList<>(List.of(table(raw, path)));
    }
    if (raw instanceof List<?> list) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(table(list.get(i), path + "[" + i + "]"));
      }
      return out;
    }
    throw new FlyTomlParseException(path, "must be a table or a list of tables, not " + raw);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> table(Object raw, String path) {
    if (raw instanceof Map) {
      return (Map<String, Object>) raw;
    }
    throw new FlyTomlParseException(path, "must be a table, not " + raw);
  }

  private static Map<String, Object> stringValues(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.toString(), text(v)));
    return out;
  }

  /** The text flyctl makes of a value with Go's {@code %v}. */
  private static String text(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }
}
