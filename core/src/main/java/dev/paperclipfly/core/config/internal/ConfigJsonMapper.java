package dev.paperclipfly.core.config.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.paperclipfly.core.Secret;
import dev.paperclipfly.core.validation.Problem;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The one Jackson mapper for config.json: no alphabetical sorting, absent values left out, secrets as text. */
public final class ConfigJsonMapper {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      // Keeps 1.50 as written in extension keys instead of rounding through double.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
          JsonInclude.Include.ALWAYS))
      .addModule(new SimpleModule("paperclip-config-secrets")
          .addSerializer(Secret.class, new SecretSerializer())
          .addDeserializer(Secret.class, new SecretDeserializer()))
      .build();

  private ConfigJsonMapper() {}

  /** A parsed document, or the problem that stopped parsing (with line and column). */
  public record Parsed(Optional<JsonNode> tree, Optional<Problem> problem) {}

  /** Parses JSON text as Paperclip's {@code JSON.parse} would accept it. */
  public static Parsed parse(String text) {
    if (text.startsWith("\uFEFF")) {
      return failed("starts with a byte order mark, which Paperclip's JSON.parse rejects: save the file as UTF-8"
          + " without BOM");
    }
    if (text.isBlank()) {
      return failed("is empty: write a JSON object with $meta, database, logging and server");
    }
    try {
      return new Parsed(Optional.of(MAPPER.readTree(text)), Optional.empty());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return failed("is not valid JSON" + where + ": " + e.getOriginalMessage() + "; fix the syntax there");
    }
  }

  private static Parsed failed(String message) {
    return new Parsed(Optional.empty(), Optional.of(Problem.error("", message)));
  }

  /** A model value as a JSON tree, absent values left out. */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Binds a tree to a model type. */
  public static <T> T bind(JsonNode tree, Class<T> type) {
    return MAPPER.treeToValue(tree, type);
  }

  /** Pretty text as Paperclip writes it: {@code JSON.stringify(config, null, 2)} plus a newline. */
  public static String print(JsonNode tree) {
    StringBuilder out = new StringBuilder();
    JsonText.write(tree, 0, out);
    return out.append('\n').toString();
  }

  private static final class SecretSerializer extends ValueSerializer<Secret> {
    @Override
    public void serialize(Secret value, JsonGenerator gen, SerializationContext ctxt) {
      // The file is the one place the value belongs: config.json carries it as Paperclip reads it.
      gen.writeString(value.reveal());
    }
  }

  private static final class SecretDeserializer extends ValueDeserializer<Secret> {
    @Override
    public Secret deserialize(JsonParser p, DeserializationContext ctxt) {
      return Secret.of(p.getString());
    }
  }
}
