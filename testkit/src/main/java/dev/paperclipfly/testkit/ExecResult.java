package dev.paperclipfly.testkit;

import java.util.Objects;

/**
 * What a command run through the fake's {@code exec} endpoint answers, as in the spec's
 * {@code flydv1.ExecResponse}. The HTTP status is 200 whatever the exit code, like Fly's.
 */
public record ExecResult(int exitCode, String stdout, String stderr) {
  public ExecResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }

  /** Exit code 0 with the given standard output. */
  public static ExecResult ok(String stdout) {
    return new ExecResult(0, stdout, "");
  }

  /** A failed command with the given exit code and standard error. */
  public static ExecResult failed(int exitCode, String stderr) {
    return new ExecResult(exitCode, "", stderr);
  }
}
