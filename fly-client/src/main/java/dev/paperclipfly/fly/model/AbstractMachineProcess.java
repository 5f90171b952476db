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

/** The API's {@code fly.MachineProcess} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineProcess.class)
@JsonDeserialize(as = MachineProcess.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineProcess {
  @JsonProperty("cmd")
  List<String> cmd();

  @JsonProperty("entrypoint")
  List<String> entrypoint();

  @JsonProperty("env")
  Map<String, String> env();

  /** EnvFrom can be provided to set environment variables from machine fields. */
  @JsonProperty("env_from")
  List<EnvFrom> envFrom();

  @JsonProperty("exec")
  List<String> exec();

  /** IgnoreAppSecrets can be set to true to ignore the secrets for the App the Machine belongs to and only use the secrets provided at the process level. */
  @JsonProperty("ignore_app_secrets")
  Optional<Boolean> ignoreAppSecrets();

  /** Secrets can be provided at the process level to explicitly indicate which secrets should be used for the process. */
  @JsonProperty("secrets")
  List<MachineSecret> secrets();

  @JsonProperty("user")
  Optional<String> user();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
