package dev.paperclipfly.core.config;

import dev.paperclipfly.core.config.internal.ConfigSchema;
import dev.paperclipfly.core.config.internal.ConfigSchema.Field;
import dev.paperclipfly.core.config.internal.ConfigSchema.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates config.json documents, valid and invalid, for comparing the Java validator with
 * Paperclip's own schema: mutations of a few valid bases (every enum value and a wrong one, range
 * edges and beyond, wrong types, missing keys and sections), bind/exposure/auth combinations,
 * URLs, and the SDK's stricter cases (misspelt keys, postgres without a connection string), each of
 * which records the paths where only the SDK reports an error.
 */
final class ConfigCaseGenerator {
  /** One generated document; {@code sdkOnlyPaths} are where only the strict SDK checks find errors. */
  record ConfigCase(String id, String json, Set<String> sdkOnlyPaths) {}

  static final JsonMapper JSON = JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final String MINIMAL = """
      {"$meta": {"version": 1, "updatedAt": "2026-01-01T00:00:00.000Z", "source": "onboard"},
       "database": {}, "logging": {"mode": "file"}, "server": {}}""";
  private static final String FULL = """
      {"$meta": {"version": 1, "updatedAt": "2026-01-01T00:00:00.000Z", "source": "configure"},
       "llm": {"provider": "claude", "apiKey": "sk-ant-test"},
       "database": {"mode": "postgres", "connectionString": "postgres://u:p@db:5432/paperclip",
         "embeddedPostgresDataDir": "/data/db", "embeddedPostgresPort": 54329,
         "backup": {"enabled": true, "intervalMinutes": 60, "retentionDays": 30, "dir": "/data/backups"}},
       "logging": {"mode": "cloud", "logDir": "/data/logs"},
       "server": {"deploymentMode": "authenticated", "exposure": "public", "bind": "lan", "customBindHost": "::",
         "host": "0.0.0.0", "port": 3100, "allowedHostnames": ["my-app.fly.dev", "localhost"], "serveUi": true},
       "telemetry": {"enabled": false}, "updates": {"checkEnabled": false},
       "auth": {"baseUrlMode": "explicit", "publicBaseUrl": "https://my-app.fly.dev", "disableSignUp": true},
       "storage": {"provider": "s3", "localDisk": {"baseDir": "/data/storage"},
         "s3": {"bucket": "b", "region": "eu-west-1", "endpoint": "https://s3.example.com", "prefix": "p/",
           "forcePathStyle": true}},
       "secrets": {"provider": "vault", "strictMode": true, "localEncrypted": {"keyFilePath": "/data/master.key"}}}""";
  private static final String TAILNET = """
      {"$meta": {"version": 1, "updatedAt": "x", "source": "doctor"},
       "database": {"mode": "embedded-postgres"}, "logging": {"mode": "file"},
       "server": {"deploymentMode": "authenticated", "exposure": "private", "bind": "tailnet"},
       "telemetry": {}}""";
  private static final String CUSTOM_BIND = """
      {"$meta": {"version": 1, "updatedAt": "x", "source": "onboard"},
       "database": {}, "logging": {"mode": "file"},
       "server": {"deploymentMode": "authenticated", "bind": "custom", "customBindHost": "::"}}""";

  static final List<String> URLS = List.of(
      "https://my-app.fly.dev", "http://localhost:3100", "https://paperclip.tail1234.ts.net/",
      "http:example.com", "https:/example.com", "http:\\\\example.com", "  https://padded.example  ",
      "\thttps://tab.example\n", "foo:bar", "mailto:a@b.c", "urn:isbn:1", "file:///tmp/x", "file://host/x",
      "file://a b/", "file://C:/x", "x:", "a+b-c.d://h", "1http://x", "://x", "http://", "http:", "https://:443",
      "http://user@", "http://user@/p", "http://@example.com", "http://u:p@example.com:8080/p?q#f",
      "http://example.com:65535", "http://example.com:65536", "http://example.com:99999", "http://example.com:8a",
      "http://example.com:", "http://[::1]:3100", "http://[::1", "http://[1:2:3:4:5:6:7:8]", "http://[1:2:3:4:5:6:7:8:9]",
      "http://[::ffff:1.2.3.4]", "http://[::1.2.3.256]", "http://[:1]", "http://1.2.3.4", "http://1.2.3.256",
      "http://256.1.1.1", "http://0x7f.1", "http://1.2.3.4.5", "http://999999999999", "http://4294967295",
      "http://4294967296", "http://1.2.3.09", "http://a.0x", "http://example.123", "http://exa mple.com",
      "http://exa<mple.com", "http://exa%20mple.com", "http://exa%41mple.com", "http://a_b.example",
      "http://xn--nxasmq6b.example", "http://bücher.example", "http://a..b", "http://.", "http://..",
      "foo://a b", "foo://[::1]", "foo://host:99999", "foo://", "foo://@", "ws://x", "wss://", "ftp://x",
      "not a url", "", "   ", "example.com", "/relative/path", "http://exa\u0001mple.com", "http://a^b",
      "http://a|b", "HTTPS://EXAMPLE.COM", "http://example.com/ space", "javascript:alert(1)");

  private final List<ConfigCase> cases = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();

  /** Every case, deterministic for a given seed. */
  static List<ConfigCase> generate(String seedConfigJson, long seed) {
    ConfigCaseGenerator generator = new ConfigCaseGenerator();
    Map<String, ObjectNode> bases = new LinkedHashMap<>();
    bases.put("seed", parse(seedConfigJson));
    bases.put("minimal", parse(MINIMAL));
    bases.put("full", parse(FULL));
    bases.put("tailnet", parse(TAILNET));
    bases.put("customBind", parse(CUSTOM_BIND));
    bases.forEach(generator::baseAndMutations);
    generator.wholeDocuments();
    generator.urls(bases.get("minimal"), bases.get("full"));
    generator.bindCombinations(bases.get("minimal"), new Random(seed));
    generator.misspeltAndUnknownKeys(bases.get("minimal"), bases.get("full"));
    return List.copyOf(generator.cases);
  }

  private void baseAndMutations(String name, ObjectNode base) {
    add(name, base, Set.of());
    walkFields(name, base, ConfigSchema.ROOT, "");
  }

  private void walkFields(String baseName, ObjectNode base, Field object, String path) {
    for (Field field : object.children().values()) {
      String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
      for (JsonNode value : valuesFor(field)) {
        with(baseName + "/" + fieldPath + "=" + value, base, fieldPath, value);
      }
      without(baseName + "/" + fieldPath + " removed", base, fieldPath);
      if (field.kind() == Kind.OBJECT) {
        walkFields(baseName, base, field, fieldPath);
      }
    }
  }

  private static List<JsonNode> valuesFor(Field field) {
    List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0),
        NODES.stringNode("x"), NODES.arrayNode(), NODES.objectNode()));
    switch (field.kind()) {
      case ENUM -> {
        field.enumValues().forEach(v -> values.add(NODES.stringNode(v)));
        String first = field.enumValues().get(0);
        values.add(NODES.stringNode(first.toUpperCase(java.util.Locale.ROOT)));
        values.add(NODES.stringNode(" " + first));
        values.add(NODES.stringNode(first.replace('_', '-').replace("-postgres", "_postgres")));
        values.add(NODES.stringNode(""));
      }
      case INTEGER -> {
        for (String n : List.of(field.min() - 1 + "", field.min() + "", field.max() + "", field.max() + 1 + "",
            "1.5", field.min() + ".0", field.max() + ".0", field.max() + ".0000000000001", "1e1", "-1", "1e300",
            "9007199254740993")) {
          values.add(parseValue(n));
        }
        values.add(NODES.stringNode(field.min() + ""));
      }
      case STRING -> values.addAll(strings("", " ", "~", "~/x", "~other/x", "/abs/path", "relative", "é"));
      case URL -> values.addAll(strings("https://example.com", "example.com", ""));
      case BOOLEAN -> values.addAll(List.of(NODES.booleanNode(false), NODES.stringNode("true"), NODES.numberNode(1)));
      case LITERAL_ONE -> values.addAll(List.of(NODES.numberNode(1), parseValue("1.0"), NODES.numberNode(2),
          NODES.stringNode("1")));
      case STRING_ARRAY -> {
        values.add(parseValue("[\"a\"]"));
        values.add(parseValue("[\"\"]"));
        values.add(parseValue("[\" \"]"));
        values.add(parseValue("[\"a\", 1]"));
        values.add(parseValue("[null]"));
        values.add(parseValue("[\"a\", \"b\", \"c\", \"\"]"));
      }
      case OBJECT -> values.add(parseValue("{\"zzzUnrelatedExtension\": 1}"));
      default -> throw new IllegalStateException(field.kind().toString());
    }
    return values;
  }

  private void wholeDocuments() {
    for (String text : List.of("[]", "null", "\"config\"", "1", "true", "{}", "{\"$meta\": {}}")) {
      addText("document " + text, text, Set.of());
    }
    // Duplicate keys: JSON.parse keeps the last one.
    String minimal = MINIMAL.replace("\"server\": {}", "\"server\": {\"port\": %s, \"port\": %s}");
    addText("duplicate key, last valid", minimal.formatted("0", "3100"), Set.of());
    addText("duplicate key, last invalid", minimal.formatted("3100", "0"), Set.of());
  }

  private void urls(ObjectNode minimal, ObjectNode full) {
    for (String url : URLS) {
      with("minimal/url " + url, minimal, "auth.publicBaseUrl", NODES.stringNode(url));
      with("full/url " + url, full, "auth.publicBaseUrl", NODES.stringNode(url));
    }
  }

  /** Every combination of the keys the cross-field rules read, then a random sample with hosts. */
  private void bindCombinations(ObjectNode minimal, Random random) {
    List<String> modes = listWithAbsent("local_trusted", "authenticated");
    List<String> exposures = listWithAbsent("private", "public");
    List<String> binds = listWithAbsent("loopback", "lan", "tailnet", "custom");
    List<String> urlModes = listWithAbsent("auto", "explicit");
    List<String> urls = listWithAbsent("https://my-app.fly.dev", "");
    List<String> hosts = listWithAbsent("127.0.0.1", "localhost", " LOCALHOST ", "::1", "0.0.0.0", "::", "10.1.2.3",
        "", "  ", "my-host", "\u00a0::\u00a0");
    List<String> customHosts = listWithAbsent("", "  ", "::", "10.0.0.9", "127.0.0.1");
    for (String mode : modes) {
      for (String exposure : exposures) {
        for (String bind : binds) {
          for (String urlMode : urlModes) {
            for (String url : urls) {
              combination(minimal, mode, exposure, bind, null, null, urlMode, url);
            }
          }
        }
      }
    }
    for (int i = 0; i < 900; i++) {
      combination(minimal, pick(modes, random), pick(exposures, random), pick(binds, random), pick(hosts, random),
          pick(customHosts, random), pick(urlModes, random), pick(urls, random));
    }
  }

  private void combination(ObjectNode minimal, String mode, String exposure, String bind, String host,
      String customHost, String urlMode, String url) {
    ObjectNode doc = minimal.deepCopy();
    ObjectNode server = (ObjectNode) doc.get("server");
    putIfPresent(server, "deploymentMode", mode);
    putIfPresent(server, "exposure", exposure);
    putIfPresent(server, "bind", bind);
    putIfPresent(server, "host", host);
    putIfPresent(server, "customBindHost", customHost);
    if (urlMode != null || url != null) {
      ObjectNode auth = doc.putObject("auth");
      putIfPresent(auth, "baseUrlMode", urlMode);
      putIfPresent(auth, "publicBaseUrl", url);
    }
    add("combination " + server + " " + doc.path("auth"), doc, Set.of());
  }

  /**
   * Near-miss keys (one edit, snake_case, known aliases) that only the SDK reports, and far-off
   * extension keys that nobody reports, in every section the base has.
   */
  private void misspeltAndUnknownKeys(ObjectNode minimal, ObjectNode full) {
    for (ObjectNode base : List.of(minimal, full)) {
      String baseName = base == minimal ? "minimal" : "full";
      sections(ConfigSchema.ROOT, "").forEach((path, section) -> {
        JsonNode target = path.isEmpty() ? base : find(base, path);
        if (target == null || !target.isObject()) {
          return;
        }
        for (String key : section.children().keySet()) {
          for (String typo : typos(key)) {
            if (section.child(typo).isEmpty()) {
              String typoPath = path.isEmpty() ? typo : path + "." + typo;
              with(baseName + "/typo " + typoPath, base, typoPath, NODES.stringNode("x"), Set.of(typoPath));
            }
          }
        }
        String extensionPath = path.isEmpty() ? "zzzUnrelatedExtension" : path + ".zzzUnrelatedExtension";
        with(baseName + "/extension " + extensionPath, base, extensionPath, NODES.stringNode("kept"));
      });
    }
    Map<String, String> aliases = Map.of("database.url", "", "database.databaseUrl", "", "auth.publicUrl", "",
        "logging.dir", "", "server.allowedHosts", "");
    for (String alias : aliases.keySet()) {
      with("full/alias " + alias, full, alias, NODES.stringNode("x"), Set.of(alias));
    }
  }

  private static List<String> typos(String key) {
    List<String> typos = new ArrayList<>();
    if (key.length() > 1) {
      typos.add(key.substring(0, key.length() - 1));
    }
    String snake = key.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    if (!snake.equals(key)) {
      typos.add(snake);
    }
    if (key.length() >= 4 && key.charAt(1) != key.charAt(2)) {
      // Two neighbouring letters swapped.
      typos.add(key.charAt(0) + "" + key.charAt(2) + key.charAt(1) + key.substring(3));
    }
    if (key.length() >= 8) {
      // Two edits: drop two letters from the middle.
      typos.add(key.substring(0, 3) + key.substring(5));
    }
    return typos;
  }

  private static Map<String, Field> sections(Field field, String path) {
    Map<String, Field> sections = new LinkedHashMap<>();
    sections.put(path, field);
    for (Field child : field.children().values()) {
      if (child.kind() == Kind.OBJECT) {
        sections.putAll(sections(child, path.isEmpty() ? child.name() : path + "." + child.name()));
      }
    }
    return sections;
  }

  private void with(String id, ObjectNode base, String path, JsonNode value) {
    with(id, base, path, value, Set.of());
  }

  private void with(String id, ObjectNode base, String path, JsonNode value, Set<String> typoPaths) {
    ObjectNode doc = base.deepCopy();
    String[] keys = path.split("\\.");
    JsonNode parent = doc;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode next = parent.get(keys[i]);
      if (next == null) {
        next = ((ObjectNode) parent).putObject(keys[i]);
      }
      if (!next.isObject()) {
        return;
      }
      parent = next;
    }
    ((ObjectNode) parent).set(keys[keys.length - 1], value);
    add(id, doc, typoPaths);
  }

  private void without(String id, ObjectNode base, String path) {
    ObjectNode doc = base.deepCopy();
    int dot = path.lastIndexOf('.');
    JsonNode parent = dot < 0 ? doc : find(doc, path.substring(0, dot));
    if (parent != null && parent.isObject() && parent.has(path.substring(dot + 1))) {
      ((ObjectNode) parent).remove(path.substring(dot + 1));
      add(id, doc, Set.of());
    }
  }

  private void add(String id, ObjectNode doc, Set<String> typoPaths) {
    Set<String> sdkOnly = new LinkedHashSet<>(typoPaths);
    if (postgresWithoutConnectionString(doc)) {
      sdkOnly.add("database.connectionString");
    }
    addText(id, JSON.writeValueAsString(doc), sdkOnly);
  }

  private void addText(String id, String json, Set<String> sdkOnly) {
    if (seen.add(json)) {
      cases.add(new ConfigCase(id, json, Set.copyOf(sdkOnly)));
    }
  }

  /** The documented stricter rule, stated independently of the validator: postgres needs a URL. */
  private static boolean postgresWithoutConnectionString(ObjectNode doc) {
    JsonNode database = doc.get("database");
    if (database == null || !database.isObject() || !"postgres".equals(database.path("mode").asString(null))) {
      return false;
    }
    JsonNode url = database.get("connectionString");
    return url == null || (url.isString() && url.stringValue().isBlank());
  }

  private static JsonNode find(JsonNode doc, String path) {
    JsonNode current = doc;
    for (String key : path.split("\\.")) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(key);
    }
    return current;
  }

  private static void putIfPresent(ObjectNode object, String key, String value) {
    if (value != null) {
      object.put(key, value);
    }
  }

  private static List<String> listWithAbsent(String... values) {
    List<String> list = new ArrayList<>();
    list.add(null);
    list.addAll(List.of(values));
    return list;
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static List<JsonNode> strings(String... values) {
    return java.util.Arrays.stream(values).map(v -> (JsonNode) NODES.stringNode(v)).toList();
  }

  private static JsonNode parseValue(String text) {
    return JSON.readTree(text);
  }

  private static ObjectNode parse(String text) {
    return (ObjectNode) JSON.readTree(text);
  }
}
