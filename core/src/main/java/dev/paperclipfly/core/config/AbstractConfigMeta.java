package dev.paperclipfly.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperclipfly.core.config.internal.SectionCheck;
import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code $meta}: the file format version and who wrote the file last. All three keys are required. */
@Value.Immutable
@PaperclipFlyStyle
@JsonDeserialize(builder = ConfigMeta.Builder.class)
@JsonPropertyOrder({"version", "updatedAt", "source"})
public abstract class AbstractConfigMeta {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** Always 1, the only format version Paperclip 2026.916.1 reads. */
  @JsonProperty("version")
  @Value.Default
  public int version() {
    return 1;
  }

  /** When the file was written, as Paperclip writes it (an ISO-8601 instant); any string is accepted. */
  @JsonProperty("updatedAt")
  public abstract String updatedAt();

  /** Which command wrote the file. */
  @JsonProperty("source")
  public abstract ConfigSource source();

  /** Keys Paperclip does not know, kept in file order. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /**
   * A {@code $meta} stamped with the given time, formatted as JavaScript's {@code toISOString()}
   * writes it ({@code 2026-01-01T00:00:00.000Z}, always milliseconds, always UTC).
   */
  public static ConfigMeta of(Instant updatedAt, ConfigSource source) {
    return ConfigMeta.builder().updatedAt(ISO_MILLIS.format(updatedAt)).source(source).build();
  }

  @Value.Check
  protected void check() {
    SectionCheck.check(this, "$meta", extra());
  }
}
