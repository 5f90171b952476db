package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code [deploy]} section.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Deploy.class)
@JsonDeserialize(builder = Deploy.Builder.class)
public abstract class AbstractDeploy {

  /** {@code strategy}: {@code canary}, {@code rolling}, {@code immediate} or {@code bluegreen}. */
  @JsonProperty("strategy")
  public abstract Optional<String> strategy();

  /** {@code max_unavailable}. */
  @JsonProperty("max_unavailable")
  public abstract Optional<Double> maxUnavailable();

  /** {@code wait_timeout}. */
  @JsonProperty("wait_timeout")
  public abstract Optional<FlyDuration> waitTimeout();

  /** {@code release_command}. */
  @JsonProperty("release_command")
  public abstract Optional<String> releaseCommand();

  /** {@code release_command_timeout}. */
  @JsonProperty("release_command_timeout")
  public abstract Optional<FlyDuration> releaseCommandTimeout();

  /** {@code release_command_vm}. */
  @JsonProperty("release_command_vm")
  public abstract Optional<Vm> releaseCommandVm();

  /** {@code seed_command}. */
  @JsonProperty("seed_command")
  public abstract Optional<String> seedCommand();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
