package dev.paperclipfly.fly.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's {@code Volume} object. */
@Value.Immutable
@PaperclipFlyStyle
@JsonSerialize(as = Volume.class)
@JsonDeserialize(as = Volume.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface AbstractVolume extends VolumeFields {
}
