package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code ProcessStat} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = ProcessStat.class)
@JsonDeserialize(as = ProcessStat.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractProcessStat {
  @JsonProperty("command")
  Optional<String> command();

  @JsonProperty("cpu")
  Optional<Integer> cpu();

  @JsonProperty("directory")
  Optional<String> directory();

  @JsonProperty("listen_sockets")
  List<ListenSocket> listenSockets();

  @JsonProperty("pid")
  Optional<Integer> pid();

  @JsonProperty("rss")
  Optional<Long> rss();

  @JsonProperty("rtime")
  Optional<Long> rtime();

  @JsonProperty("stime")
  Optional<Long> stime();
}
