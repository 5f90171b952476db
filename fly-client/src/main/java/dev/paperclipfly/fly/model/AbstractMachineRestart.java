package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The Machine restart policy defines whether and how flyd restarts a Machine after its main process exits. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = MachineRestart.class)
@JsonDeserialize(as = MachineRestart.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractMachineRestart {
  /** GPU bid price for spot Machines. */
  @JsonProperty("gpu_bid_price")
  Optional<Double> gpuBidPrice();

  /** When policy is on-failure, the maximum number of times to attempt to restart the Machine before letting it stop. */
  @JsonProperty("max_retries")
  Optional<Integer> maxRetries();

  /** * no - Never try to restart a Machine automatically when its main process exits, whether that’s on purpose or on a crash. One of {@code no}, {@code always}, {@code on-failure}, {@code spot-price}. */
  @JsonProperty("policy")
  Optional<String> policy();

  /** Fields the server sent that this SDK does not model; kept so a read-modify-write update does not drop them. */
  @JsonAnyGetter
  Map<String, Object> extra();
}
