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
 * The whole fly.toml of one Fly app, as flyctl reads it; keys this model does not know are kept in {@link #extra()}. Read with {@link FlyTomlReader}, write with {@link FlyTomlWriter}, check with {@link FlyTomlValidator}.
 */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = FlyToml.class)
@JsonDeserialize(builder = FlyToml.Builder.class)
public abstract class AbstractFlyToml {

  /** {@code app}. */
  @JsonProperty("app")
  public abstract Optional<String> app();

  /** {@code primary_region}. */
  @JsonProperty("primary_region")
  public abstract Optional<String> primaryRegion();

  /** {@code kill_signal}. */
  @JsonProperty("kill_signal")
  public abstract Optional<String> killSignal();

  /** {@code kill_timeout}: Bare numbers are seconds. */
  @JsonProperty("kill_timeout")
  public abstract Optional<FlyDuration> killTimeout();

  /** {@code swap_size_mb}. */
  @JsonProperty("swap_size_mb")
  public abstract Optional<Integer> swapSizeMb();

  /** {@code console_command}. */
  @JsonProperty("console_command")
  public abstract Optional<String> consoleCommand();

  /** {@code host_dedication_id}. */
  @JsonProperty("host_dedication_id")
  public abstract Optional<String> hostDedicationId();

  /** {@code machine_config}. */
  @JsonProperty("machine_config")
  public abstract Optional<String> machineConfig();

  /** {@code container}. */
  @JsonProperty("container")
  public abstract Optional<String> container();

  /** {@code experimental}. */
  @JsonProperty("experimental")
  public abstract Optional<Experimental> experimental();

  /** {@code build}. */
  @JsonProperty("build")
  public abstract Optional<Build> build();

  /** {@code deploy}. */
  @JsonProperty("deploy")
  public abstract Optional<Deploy> deploy();

  /** {@code env}. */
  @JsonProperty("env")
  public abstract Map<String, String> env();

  /** {@code processes}: Process group name to command. */
  @JsonProperty("processes")
  public abstract Map<String, String> processes();

  /** {@code http_service}. */
  @JsonProperty("http_service")
  public abstract Optional<HttpService> httpService();

  /** {@code services}. */
  @JsonProperty("services")
  public abstract List<Service> services();

  /** {@code checks}: Top-level checks by name ({@code [checks.<name>]}). */
  @JsonProperty("checks")
  public abstract Map<String, TopLevelCheck> checks();

  /** {@code machine_checks}. */
  @JsonProperty("machine_checks")
  public abstract List<MachineCheck> machineChecks();

  /** {@code mounts}: Written as {@code [mounts]} when there is one, {@code [[mounts]]} otherwise. */
  @JsonProperty("mounts")
  public abstract List<Mount> mounts();

  /** {@code files}. */
  @JsonProperty("files")
  public abstract List<FlyFile> files();

  /** {@code statics}. */
  @JsonProperty("statics")
  public abstract List<Static> statics();

  /** {@code restart}. */
  @JsonProperty("restart")
  public abstract List<Restart> restart();

  /** {@code vm}: The {@code [[vm]]} sections (flyctl also reads {@code compute}). */
  @JsonProperty("vm")
  public abstract List<Vm> vm();

  /** {@code metrics}. */
  @JsonProperty("metrics")
  public abstract List<Metrics> metrics();

  /** Keys this model does not know, in the order read; written back after the known ones. */
  @JsonAnyGetter
  public abstract Map<String, Object> extra();
}
