package dev.paperclipfly.templates;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import org.immutables.value.Value;

/**
 * An agent command-line tool installed into the image from npm at a pinned version, so Paperclip's
 * local adapters find it on the PATH.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractAgentCli {
  /** Claude Code's pinned default version. */
  public static final String CLAUDE_CODE_VERSION = "2.1.332";

  /** Codex's pinned default version. */
  public static final String CODEX_VERSION = "0.171.0";

  /** The npm package, e.g. {@code @anthropic-ai/claude-code}. */
  public abstract String npmPackage();

  /** The exact version to install; never a tag such as {@code latest}. */
  public abstract String version();

  /** The secret the tool authenticates with, e.g. {@code CLAUDE_CODE_OAUTH_TOKEN}. */
  public abstract String credentialSecret();

  /** Claude Code at {@link #CLAUDE_CODE_VERSION}, authenticated by a {@code claude setup-token} token. */
  public static AgentCli claudeCode() {
    return AgentCli.builder()
        .npmPackage("@anthropic-ai/claude-code")
        .version(CLAUDE_CODE_VERSION)
        .credentialSecret("CLAUDE_CODE_OAUTH_TOKEN")
        .build();
  }

  /** OpenAI Codex at {@link #CODEX_VERSION}, authenticated by an OpenAI API key. */
  public static AgentCli codex() {
    return AgentCli.builder()
        .npmPackage("@openai/codex")
        .version(CODEX_VERSION)
        .credentialSecret("OPENAI_API_KEY")
        .build();
  }
}
