package dev.paperclipfly.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.testing.RealTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rendered files as the real tools see them: shellcheck, a POSIX sh, and Paperclip's own zod schema. */
class RealToolsAcceptanceTest {
  @TempDir Path tmp;

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, String stdin) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(command + " finished").isTrue();
    return new Result(p.exitValue(), out);
  }

  private static PaperclipDeployment deployment(String which) {
    return which.equals("minimal") ? Deployments.minimal() : Deployments.everyOption();
  }

  @ParameterizedTest(name = "start.sh of the {0} deployment passes shellcheck as POSIX sh")
  @ValueSource(strings = {"minimal", "everyOption"})
  void startShPassesShellcheck(String which) throws Exception {
    Path shellcheck = RealTools.shellcheck();
    Path script = tmp.resolve("start.sh");
    Files.write(script, BundleRenderer.builder().build().render(deployment(which)).bytes("docker/start.sh").orElseThrow());

    Result result = run(List.of(shellcheck.toString(), "--shell=sh", "--severity=style", script.toString()), "");

    assertThat(result.exit()).as(result.output()).isZero();
  }

  @ParameterizedTest(name = "the shell commands in DEPLOY.md of the {0} deployment pass shellcheck")
  @ValueSource(strings = {"minimal", "everyOption"})
  void deployMdCommandsPassShellcheck(String which) throws Exception {
    Path shellcheck = RealTools.shellcheck();
    String md = BundleRenderer.builder().build().render(deployment(which)).text("DEPLOY.md").orElseThrow();
    StringBuilder commands = new StringBuilder("#!/bin/sh\n");
    java.util.regex.Matcher block = java.util.regex.Pattern.compile("```sh\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(md);
    int blocks = 0;
    while (block.find()) {
      commands.append(block.group(1));
      blocks++;
    }
    assertThat(blocks).as("DEPLOY.md has its commands in sh blocks").isGreaterThanOrEqualTo(4);
    Path script = tmp.resolve("deploy-commands.sh");
    Files.writeString(script, commands);

    Result result = run(List.of(shellcheck.toString(), "--shell=sh", "--severity=style", script.toString()), "");

    assertThat(result.exit()).as(result.output()).isZero();
  }

  @ParameterizedTest(name = "start.sh refuses TAILNET_DNS {0} before doing anything")
  @ValueSource(strings = {"tail1.ts.net;touch pwned", "Tail1234.ts.net", "tail$(id).ts.net", ".ts.net", "tail1234ab.ts.net."})
  void startShRefusesATailnetDnsThatIsNotADnsName(String hostile) throws Exception {
    Path script = tmp.resolve("start.sh");
    Files.write(script, BundleRenderer.builder().build().render(Deployments.minimal()).bytes("docker/start.sh").orElseThrow());
    Path volume = tmp.resolve("volume");
    ProcessBuilder pb = new ProcessBuilder("sh", script.toString()).directory(tmp.toFile()).redirectErrorStream(true);
    pb.environment().put("PAPERCLIP_VOLUME", volume.toString());
    pb.environment().put("TAILNET_DNS", hostile);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(out).isEqualTo(1);
    assertThat(out).contains("TAILNET_DNS must be a DNS name");
    assertThat(volume).doesNotExist();
    assertThat(tmp.resolve("pwned")).doesNotExist();
  }

  @ParameterizedTest(name = "config.json of the {0} deployment is accepted by Paperclip's own config schema")
  @ValueSource(strings = {"minimal", "everyOption"})
  void configJsonPassesPaperclipsSchema(String which) throws Exception {
    Path node = RealTools.node();
    Path schema = RealTools.paperclipConfigSchema();
    String config = BundleRenderer.builder().build().render(deployment(which)).text("docker/config.json").orElseThrow();
    String check = "const fs = require('fs');"
        + "import(process.argv[1]).then(m => {"
        + "  const r = m.paperclipConfigSchema.safeParse(JSON.parse(fs.readFileSync(0, 'utf8')));"
        + "  console.log(r.success ? 'VALID' : JSON.stringify(r.error.issues));"
        + "  process.exit(r.success ? 0 : 1);"
        + "});";

    Result result = run(List.of(node.toString(), "-e", check, schema.toString()), config);

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("VALID");
  }

  @Test
  void paperclipsSchemaRejectsAConfigWithoutMetaSoTheCheckAboveCanFail() throws Exception {
    Path node = RealTools.node();
    Path schema = RealTools.paperclipConfigSchema();
    String config = BundleRenderer.builder().build().render(Deployments.minimal()).text("docker/config.json").orElseThrow()
        .replaceFirst("\"\\$meta\"", "\"meta\"");
    String check = "const fs = require('fs');"
        + "import(process.argv[1]).then(m => {"
        + "  const r = m.paperclipConfigSchema.safeParse(JSON.parse(fs.readFileSync(0, 'utf8')));"
        + "  process.exit(r.success ? 0 : 1);"
        + "});";

    assertThat(run(List.of(node.toString(), "-e", check, schema.toString()), config).exit()).isEqualTo(1);
  }

  @ParameterizedTest(name = "a shell-quoted value survives sh unchanged: {0}")
  @ValueSource(strings = {"plain", "it's", "$(id)", "`id`", "a b\tc", "\"; rm -rf /; \"", "''", "\\n$HOME"})
  void shellQuotedValuesReachShUnchanged(String value) throws Exception {
    Result result = run(List.of("sh", "-c", "printf '%s' " + dev.paperclipfly.templates.internal.Quoting.shell(value)), "");

    assertThat(result.output()).isEqualTo(value);
  }
}
