package dev.paperclipfly.core.flytoml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code [build]} section: how flyctl builds or picks the image.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Build.class)
@JsonDeserialize(builder = Build.Builder.class)
public abstract class AbstractBuild {

  /** {@code builder}: the buildpacks builder image. */
  @JsonProperty("builder")
  public abstract Optional<String> buildpacksBuilder();

  /** {@code image}. */
  @JsonProperty("image")
  public abstract Optional<String> image();

  /** {@code builtin}. */
  @JsonProperty("builtin")
  public abstract Optional<String> builtin();

  /** {@code dockerfile}. */
  @JsonProperty("dockerfile")
  public abstract Optional<String> dockerfile();

  /** {@code ignorefile}. */
  @JsonProperty("ignorefile")
  public abstract Optional<String> ignorefile();

  /** {@code build-target}: The Dockerfile stage to build (flyctl also reads {@code build_target}). */
  @JsonProperty("build-target")
  public abstract Optional<String> buildTarget();

  /** {@code buildpacks}. */
  @JsonProperty("buildpacks")
  public abstract List<String> buildpacks();

  /** {@code compression}. */
  @JsonProperty("compression")
  public abstract Optional<String> compression();

  /** {@code compression_level}. */
  @JsonProperty("compression_level")
  public abstract Optional<Integer> compressionLevel();

  /** {@code args}. */
  @JsonProperty("args")
  public abstract Map<String, String> args();

  /** {@code settings}. */
  @JsonProperty("settings")
  public abstract Map<String, Object> settings();

  /** {@code compose}. */
  @JsonProperty("compose")
  public abstract Optional<Compose> compose();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
