package dev.paperclipfly.deploy;

import java.util.Optional;

/**
 * An apply stopped. The message says which step and what to do; nothing already created is undone
 * and running {@code apply} again continues from the live state.
 */
public class DeployException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String appName;
  private final transient Optional<Step> step;

  public DeployException(String appName, Optional<Step> step, String message, Throwable cause) {
    super(appName + (step.map(s -> " [" + s.kind() + " " + s.action() + "]").orElse("")) + ": " + message, cause);
    this.appName = appName;
    this.step = step;
  }

  public String appName() {
    return appName;
  }

  /** The step that failed, when it was one. */
  public Optional<Step> step() {
    return step;
  }
}
