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
 * The {@code [experimental]} section.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Experimental.class)
@JsonDeserialize(builder = Experimental.Builder.class)
public abstract class AbstractExperimental {

  /** {@code cmd}. */
  @JsonProperty("cmd")
  public abstract List<String> cmd();

  /** {@code entrypoint}. */
  @JsonProperty("entrypoint")
  public abstract List<String> entrypoint();

  /** {@code exec}. */
  @JsonProperty("exec")
  public abstract List<String> exec();

  /** {@code auto_rollback}. */
  @JsonProperty("auto_rollback")
  public abstract Optional<Boolean> autoRollback();

  /** {@code enable_consul}. */
  @JsonProperty("enable_consul")
  public abstract Optional<Boolean> enableConsul();

  /** {@code enable_etcd}. */
  @JsonProperty("enable_etcd")
  public abstract Optional<Boolean> enableEtcd();

  /** {@code lazy_load_images}. */
  @JsonProperty("lazy_load_images")
  public abstract Optional<Boolean> lazyLoadImages();

  /** {@code machine_config}. */
  @JsonProperty("machine_config")
  public abstract Optional<String> machineConfig();

  /** {@code use_zstd}. */
  @JsonProperty("use_zstd")
  public abstract Optional<Boolean> useZstd();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
