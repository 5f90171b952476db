package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code fly.MachineConfig} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineConfig.class)
@JsonDeserialize(builder = MachineConfig.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineConfig {
  /** Optional boolean telling the Machine to destroy itself once it’s complete (default false) */
  @JsonProperty("auto_destroy")
  Optional<Boolean> autoDestroy();

  @JsonProperty("cache_drive")
  Optional<MachineCacheDrive> cacheDrive();

  /** An optional object that defines one or more named top-level checks. */
  @JsonProperty("checks")
  Map<String, MachineCheck> checks();

  /** Deprecated: use Service.Autostart instead */
  @JsonProperty("disable_machine_autostart")
  Optional<Boolean> disableMachineAutostart();

  @JsonProperty("dns")
  Optional<DnsConfig> dns();

  /** An object filled with key/value pairs to be set as environment variables */
  @JsonProperty("env")
  Map<String, String> env();

  @JsonProperty("files")
  List<MachineFile> files();

  @JsonProperty("guest")
  Optional<MachineGuest> guest();

  /** The docker image to run */
  @JsonProperty("image")
  Optional<String> image();

  @JsonProperty("init")
  Optional<MachineInit> init();

  @JsonProperty("metadata")
  Map<String, String> metadata();

  @JsonProperty("metrics")
  Optional<MachineMetrics> metrics();

  @JsonProperty("mounts")
  List<MachineMount> mounts();

  @JsonProperty("processes")
  List<MachineProcess> processes();

  @JsonProperty("restart")
  Optional<MachineRestart> restart();

  @JsonProperty("rootfs")
  Optional<MachineRootfs> rootfs();

  @JsonProperty("schedule")
  Optional<String> schedule();

  @JsonProperty("services")
  List<MachineService> services();

  /** Deprecated: use Guest instead */
  @JsonProperty("size")
  Optional<String> size();

  /** Standbys enable a machine to be a standby for another. */
  @JsonProperty("standbys")
  List<String> standbys();

  @JsonProperty("statics")
  List<MachineStatic> statics();

  @JsonProperty("stop_config")
  Optional<StopConfig> stopConfig();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
