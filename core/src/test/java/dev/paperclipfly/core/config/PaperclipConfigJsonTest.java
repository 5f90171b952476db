package dev.paperclipfly.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperclipConfigJsonTest {
  private static final String MINIMAL = """
      {
        "$meta": {
          "version": 1,
          "updatedAt": "2026-01-01T00:00:00.000Z",
          "source": "onboard"
        },
        "database": {},
        "logging": {
          "mode": "file"
        },
        "server": {}
      }
      """;

  @TempDir
  Path dir;

  static String resource(String name) {
    try (InputStream in = PaperclipConfigJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theFieldReportConfigIsWrittenBackExactlyAsRead() {
    String seed = resource("seed-config.json");

    assertThat(PaperclipConfigJson.write(PaperclipConfigJson.read(seed))).isEqualTo(seed);
  }

  @Test
  void keysAbsentFromTheFileStayAbsentWhenWritten() {
    PaperclipConfig config = PaperclipConfigJson.read(MINIMAL);

    assertThat(PaperclipConfigJson.write(config)).isEqualTo(MINIMAL);
    assertThat(config.server().portOrDefault()).isEqualTo(3100);
    assertThat(config.database().backupOrDefault().retentionDaysOrDefault()).isEqualTo(7);
  }

  @Test
  void unknownKeysAtEveryLevelSurviveARoundTripInTheirOrder() {
    String json = """
        {
          "$meta": {
            "version": 1,
            "updatedAt": "x",
            "source": "doctor",
            "writtenBy": "ci"
          },
          "database": {
            "backup": {
              "zeta": 1,
              "alpha": [
                true,
                null
              ]
            }
          },
          "logging": {
            "mode": "file"
          },
          "server": {
            "port": 3100,
            "extension": {
              "nested": 1.50
            }
          },
          "storage": {
            "s3": {
              "bucket": "b",
              "acl": null
            }
          },
          "zzzTopLevel": "kept",
          "aaaTopLevel": {}
        }
        """;

    assertThat(PaperclipConfigJson.write(PaperclipConfigJson.read(json))).isEqualTo(json);
  }

  @Test
  void knownKeysAreWrittenInPaperclipsOrderWhateverOrderTheFileHad() {
    String shuffled = "{\"server\": {\"port\": 3101, \"deploymentMode\": \"authenticated\"},"
        + " \"logging\": {\"mode\": \"file\"}, \"database\": {}, \"telemetry\": {\"enabled\": false},"
        + " \"$meta\": {\"source\": \"onboard\", \"updatedAt\": \"x\", \"version\": 1}}";

    assertThat(PaperclipConfigJson.write(PaperclipConfigJson.read(shuffled))).isEqualTo("""
        {
          "$meta": {
            "version": 1,
            "updatedAt": "x",
            "source": "onboard"
          },
          "database": {},
          "logging": {
            "mode": "file"
          },
          "server": {
            "deploymentMode": "authenticated",
            "port": 3101
          },
          "telemetry": {
            "enabled": false
          }
        }
        """);
  }

  @Test
  void aConfigBuiltInCodeIsWrittenWithTwoSpaceIndentAndATrailingNewline() {
    PaperclipConfig config = PaperclipConfig.builder()
        .meta(ConfigMeta.builder().updatedAt("2026-01-01T00:00:00.000Z").source(ConfigSource.CONFIGURE).build())
        .database(DatabaseConfig.builder().mode(DatabaseMode.EMBEDDED_POSTGRES).build())
        .logging(LoggingConfig.builder().mode(LoggingMode.FILE).build())
        .server(ServerConfig.builder().deploymentMode(DeploymentMode.AUTHENTICATED).bind(BindMode.TAILNET)
            .allowedHostnames(List.of("paperclip.example.ts.net")).build())
        .build();

    assertThat(PaperclipConfigJson.write(config)).isEqualTo("""
        {
          "$meta": {
            "version": 1,
            "updatedAt": "2026-01-01T00:00:00.000Z",
            "source": "configure"
          },
          "database": {
            "mode": "embedded-postgres"
          },
          "logging": {
            "mode": "file"
          },
          "server": {
            "deploymentMode": "authenticated",
            "bind": "tailnet",
            "allowedHostnames": [
              "paperclip.example.ts.net"
            ]
          }
        }
        """);
  }

  @Test
  void stringsAreEscapedAsJavaScriptsJsonStringifyEscapesThem() {
    String json = MINIMAL.replace("\"updatedAt\": \"2026-01-01T00:00:00.000Z\"",
        "\"updatedAt\": \"tab\\there \\u0001 quote\\\" slash/ é \\u2028\"");

    assertThat(PaperclipConfigJson.write(PaperclipConfigJson.read(json)))
        .contains("\"updatedAt\": \"tab\\there \\u0001 quote\\\" slash/ é \u2028\"");
  }

  @Test
  void secretsAreWrittenToTheFileAsTheirValues() {
    PaperclipConfig config = PaperclipConfigJson.read(resource("seed-config.json"));

    assertThat(config.database().connectionString()).contains(
        Secret.of("postgres://paperclip:paperclip@localhost:5432/paperclip"));
    assertThat(PaperclipConfigJson.write(config))
        .contains("\"connectionString\": \"postgres://paperclip:paperclip@localhost:5432/paperclip\"");
  }

  @Test
  void readingInvalidJsonReportsTheLineAndColumn() {
    assertThatThrownBy(() -> PaperclipConfigJson.read("{\n  \"$meta\": {\n    \"version\": 1,\n  }\n}"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not valid JSON at line 4, column 3");
  }

  @Test
  void readingAConfigPaperclipWouldRejectListsEveryError() {
    String json = MINIMAL.replace("\"server\": {}", "\"server\": {\"port\": 0, \"exposure\": \"open\"}");

    assertThatThrownBy(() -> PaperclipConfigJson.read(json))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
            .extracting(Problem::path).containsExactly("server.exposure", "server.port"));
  }

  @Test
  void readingAConfigWithAMisspeltKeyFailsUnderTheDefaultOptions() {
    String json = MINIMAL.replace("\"database\": {}", "\"database\": {\"mdoe\": \"postgres\"}");

    assertThatThrownBy(() -> PaperclipConfigJson.read(json))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("database.mdoe").hasMessageContaining("did you mean database.mode?");
  }

  @Test
  void readingWithCompatibleOptionsKeepsAMisspeltKeyAsAnExtraKey() {
    String json = MINIMAL.replace("\"database\": {}", "\"database\": {\"mdoe\": \"postgres\"}");

    PaperclipConfig config = PaperclipConfigJson.read(json, ValidationOptions.paperclipCompatible());

    assertThat(config.database().extra()).containsOnlyKeys("mdoe");
    assertThat(config.database().modeOrDefault()).isEqualTo(DatabaseMode.EMBEDDED_POSTGRES);
  }

  @Test
  void anEmptyApiKeyIsRefusedBecauseASecretCannotBeEmpty() {
    String json = MINIMAL.replace("\"database\": {}", "\"llm\": {\"provider\": \"openai\", \"apiKey\": \"\"},"
        + " \"database\": {}");

    assertThatThrownBy(() -> PaperclipConfigJson.read(json))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
            .extracting(Problem::path).containsExactly("llm.apiKey"));
  }

  @Test
  void aFileAndAStreamReadTheSameAsText() {
    String seed = resource("seed-config.json");
    PaperclipConfig fromText = PaperclipConfigJson.read(seed);

    assertThat(PaperclipConfigJson.read(new ByteArrayInputStream(seed.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(fromText);
    Path file = dir.resolve("config.json");
    PaperclipConfigJson.write(fromText, file);
    assertThat(PaperclipConfigJson.read(file)).isEqualTo(fromText);
  }

  @Test
  void writingAFileReplacesItWholeAndLeavesNoTemporaryFileBehind() throws IOException {
    Path file = dir.resolve("instances/default/config.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old content that is longer than anything written afterwards".repeat(100));

    PaperclipConfigJson.write(PaperclipConfigJson.read(MINIMAL), file);

    assertThat(Files.readString(file)).isEqualTo(MINIMAL);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writingToAStreamWritesTheSameUtf8Text() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PaperclipConfigJson.write(PaperclipConfigJson.read(MINIMAL), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(MINIMAL);
  }
}
