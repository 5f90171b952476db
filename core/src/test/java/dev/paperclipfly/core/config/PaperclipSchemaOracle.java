package dev.paperclipfly.core.config;

import dev.paperclipfly.core.config.ConfigCaseGenerator.ConfigCase;
import dev.paperclipfly.core.testing.RealTools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Paperclip's own zod schema, run by the real Node through {@code paperclip-config-oracle.mjs}: every
 * case is judged in one Node process.
 */
final class PaperclipSchemaOracle {
  /** Paperclip's verdict on one case. */
  record Verdict(boolean success, List<String> issuePaths, String issues) {}

  private final Path workDir;

  PaperclipSchemaOracle(Path workDir) {
    this.workDir = workDir;
  }

  /** The zod schema's shape as printed by the script's {@code shape} command. */
  JsonNode shape() {
    return ConfigCaseGenerator.JSON.readTree(run("shape"));
  }

  /** Paperclip's verdict on every case, by case id. */
  Map<String, Verdict> judge(List<ConfigCase> cases) {
    Path input = workDir.resolve("cases.jsonl");
    StringBuilder lines = new StringBuilder();
    for (ConfigCase c : cases) {
      ObjectNode line = ConfigCaseGenerator.JSON.createObjectNode();
      line.put("id", c.id());
      line.put("json", c.json());
      lines.append(ConfigCaseGenerator.JSON.writeValueAsString(line)).append('\n');
    }
    write(input, lines.toString());
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (String line : run("cases", input.toString()).split("\n")) {
      JsonNode result = ConfigCaseGenerator.JSON.readTree(line);
      List<String> paths = new ArrayList<>();
      for (JsonNode issue : result.get("issues")) {
        paths.add(dottedPath(issue.get("path")));
      }
      verdicts.put(result.get("id").stringValue(),
          new Verdict(result.get("success").booleanValue(), paths, result.get("issues").toString()));
    }
    return verdicts;
  }

  /** A zod issue path as the Java validator writes it: {@code server.allowedHostnames[2]}. */
  private static String dottedPath(JsonNode segments) {
    StringBuilder path = new StringBuilder();
    for (JsonNode segment : segments) {
      String s = segment.stringValue();
      if (s.matches("\\d+")) {
        path.append('[').append(s).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(s);
      }
    }
    return path.toString();
  }

  private String run(String... args) {
    Path script = workDir.resolve("paperclip-config-oracle.mjs");
    try (InputStream in = getClass().getResourceAsStream("paperclip-config-oracle.mjs")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
      List<String> command = new ArrayList<>(List.of(RealTools.node().toString(), script.toString(),
          RealTools.paperclipConfigSchema().toString()));
      command.addAll(List.of(args));
      Path stdout = workDir.resolve("oracle.out");
      Path stderr = workDir.resolve("oracle.err");
      Process process = new ProcessBuilder(command)
          .redirectOutput(stdout.toFile())
          .redirectError(stderr.toFile())
          .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the Paperclip schema oracle did not finish within 120 s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("the Paperclip schema oracle failed: " + Files.readString(stderr));
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
