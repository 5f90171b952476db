package dev.paperclipfly.fly;

import dev.paperclipfly.fly.model.ExecResult;

/**
 * A command run with {@code exec} exited non-zero or was killed by a signal. The API reports this
 * with HTTP 200, so this is thrown only by {@link ExecResult#requireSuccess()}. The message names the
 * exit status only; the output is in {@link #result()}.
 */
public final class ExecFailedException extends FlyException {
  private static final long serialVersionUID = 1L;

  private final transient ExecResult result;

  public ExecFailedException(ExecResult result) {
    super("command failed with exit code " + result.exitCode()
        + result.exitSignal().map(s -> " (signal " + s + ")").orElse(""), null);
    this.result = result;
  }

  /** What the command returned. */
  public ExecResult result() {
    return result;
  }
}
