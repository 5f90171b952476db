package dev.paperclipfly.fly.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a parsed fly.toml into one shape, accepting the older and alternate shapes flyctl accepts
 * (its {@code patches.go}): single tables where arrays are usual, legacy arrays where tables are usual,
 * {@code compute}/{@code mount}/{@code metric} aliases, numbers where strings are usual. Internal.
 */
public final class FlyTomlTree {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private FlyTomlTree() {}

  /** A normalized copy; the input is not changed. */
  public static ObjectNode normalize(JsonNode raw) {
    if (!(raw instanceof ObjectNode)) {
      throw new IllegalArgumentException("fly.toml must be a table at the top level");
    }
    ObjectNode c = (ObjectNode) raw.deepCopy();
    env(c);
    processes(c);
    asArray(c, "services", "services");
    for (JsonNode s : c.path("services")) {
      servicePatches((ObjectNode) s);
    }
    checks(c);
    asArray(c, "mounts", "mounts", "mount");
    asArray(c, "vm", "vm", "compute", "computes");
    for (JsonNode vm : c.path("vm")) {
      if (vm.path("memory").isNumber()) {
        ((ObjectNode) vm).put("memory", vm.path("memory").asString());
      }
    }
    experimental(c);
    asArray(c, "metrics", "metrics", "metric");
    asArray(c, "restart", "restart");
    asArray(c, "statics", "statics");
    asArray(c, "files", "files");
    for (JsonNode m : c.path("mounts")) {
      if (m.path("initial_size").isNumber()) {
        ((ObjectNode) m).put("initial_size", m.path("initial_size").asString());
      }
    }
    return c;
  }

  /** Moves the first present alias to {@code target}, wrapping a single table into an array. */
  private static void asArray(ObjectNode c, String target, String... aliases) {
    for (String alias : aliases) {
      JsonNode v = c.remove(alias);
      if (v == null) {
        continue;
      }
      if (v.isObject()) {
        c.set(target, F.arrayNode().add(v));
      } else if (v.isArray()) {
        c.set(target, v);
      }
      return;
    }
  }

  private static void env(ObjectNode c) {
    JsonNode env = c.get("env");
    if (env == null) {
      return;
    }
    ObjectNode merged = F.objectNode();
    List<JsonNode> tables = env.isArray() ? toList(env) : List.of(env);
    for (JsonNode table : tables) {
      for (Map.Entry<String, JsonNode> e : table.properties()) {
        // flyctl stringifies non-string values with %v.
        merged.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : e.getValue().toString());
      }
    }
    c.set("env", merged);
  }

  private static void processes(ObjectNode c) {
    JsonNode p = c.get("processes");
    if (p != null && p.isArray()) {
      ObjectNode map = F.objectNode();
      for (JsonNode legacy : p) {
        map.put(legacy.path("name").asString(), legacy.path("command").asString(""));
      }
      c.set("processes", map);
    }
  }

  private static void servicePatches(ObjectNode s) {
    numberFromString(s, "internal_port");
    JsonNode ports = s.get("ports");
    if (ports != null && ports.isObject()) {
      s.set("ports", F.arrayNode().add(ports));
    }
    for (JsonNode port : s.path("ports")) {
      numberFromString((ObjectNode) port, "port");
    }
    JsonNode conc = s.get("concurrency");
    if (conc != null && conc.isString()) {
      // Legacy "soft,hard" string.
      String[] parts = conc.asString().split(",");
      ObjectNode o = F.objectNode().put("type", "requests");
      if (parts.length == 2) {
        o.put("soft_limit", Integer.parseInt(parts[0].strip())).put("hard_limit", Integer.parseInt(parts[1].strip()));
      }
      s.set("concurrency", o);
    }
    for (String kind : new String[] {"tcp_checks", "http_checks"}) {
      JsonNode checks = s.get(kind);
      if (checks != null && checks.isObject()) {
        s.set(kind, F.arrayNode().add(checks));
      }
      for (JsonNode check : s.path(kind)) {
        headers((ObjectNode) check);
      }
    }
  }

  private static void checks(ObjectNode c) {
    JsonNode checks = c.get("checks");
    if (checks != null && checks.isArray()) {
      ObjectNode map = F.objectNode();
      for (JsonNode legacy : checks) {
        ObjectNode copy = (ObjectNode) legacy.deepCopy();
        JsonNode name = copy.remove("name");
        map.set(name == null ? "check" + map.size() : name.asString(), copy);
      }
      c.set("checks", map);
    }
    for (JsonNode check : c.path("checks")) {
      headers((ObjectNode) check);
    }
    JsonNode http = c.get("http_service");
    if (http != null && http.isObject()) {
      JsonNode hc = http.get("checks");
      if (hc != null && hc.isObject()) {
        ((ObjectNode) http).set("checks", F.arrayNode().add(hc));
      }
      for (JsonNode check : http.path("checks")) {
        headers((ObjectNode) check);
      }
    }
  }

  /** Check headers: a table, or the legacy array of {@code {name, value}}. */
  private static void headers(ObjectNode check) {
    JsonNode h = check.get("headers");
    if (h != null && h.isArray()) {
      ObjectNode map = F.objectNode();
      for (JsonNode pair : h) {
        map.put(pair.path("name").asString(), pair.path("value").asString());
      }
      check.set("headers", map);
    }
  }

  private static void experimental(ObjectNode c) {
    JsonNode ex = c.get("experimental");
    if (!(ex instanceof ObjectNode e)) {
      return;
    }
    for (String key : new String[] {"cmd", "entrypoint", "exec"}) {
      JsonNode v = e.get(key);
      if (v != null && v.isString()) {
        ArrayNode words = F.arrayNode();
        Shlex.split(v.asString()).forEach(words::add);
        e.set(key, words);
      }
    }
    if (e.has("kill_timeout") && !c.has("kill_timeout")) {
      c.set("kill_timeout", e.get("kill_timeout"));
    }
    if (e.has("metrics_port") && !c.has("metrics") && !c.has("metric")) {
      ObjectNode m = F.objectNode().put("port", e.path("metrics_port").asInt());
      if (e.has("metrics_path")) {
        m.put("path", e.path("metrics_path").asString());
      }
      c.set("metrics", F.arrayNode().add(m));
    }
  }

  private static void numberFromString(ObjectNode o, String key) {
    JsonNode v = o.get(key);
    if (v != null && v.isString() && v.asString().strip().matches("\\d+")) {
      o.put(key, Integer.parseInt(v.asString().strip()));
    }
  }

  private static List<JsonNode> toList(JsonNode array) {
    java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
    for (Iterator<JsonNode> it = array.values().iterator(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
