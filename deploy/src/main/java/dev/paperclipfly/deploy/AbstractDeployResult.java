package dev.paperclipfly.deploy;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What an apply did and what the caller needs next. */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractDeployResult {
  public abstract String appName();

  /** The steps in the order they were applied, each with the action taken. */
  public abstract List<Step> steps();

  /** The Fly machine running Paperclip. */
  public abstract Optional<String> machineId();

  /** {@code https://<app>.<tailnet dns>}, where Paperclip answers on the tailnet. */
  public abstract Optional<String> tailnetUrl();

  /** The first-admin invite, only from the apply that minted it. */
  public abstract Optional<AdminInvite> adminInvite();

  /** True when the apply changed something. */
  public boolean changedAnything() {
    return steps().stream().anyMatch(Step::mutates);
  }
}
