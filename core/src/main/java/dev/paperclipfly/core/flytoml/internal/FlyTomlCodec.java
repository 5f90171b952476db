package dev.paperclipfly.core.flytoml.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.paperclipfly.core.flytoml.FlyToml;
import dev.paperclipfly.core.flytoml.FlyTomlParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that knows the TOML library and the binding: tomlj parses the text into a tree,
 * {@link FlyTomlShapes} normalizes flyctl's legacy shapes, Jackson binds the tree to {@link FlyToml}
 * (and back), {@link TomlEmitter} writes the tree as idiomatic TOML.
 */
public final class FlyTomlCodec {
  private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {};

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      // Untyped values (unknown keys) keep TOML's 64-bit integers so they read back equal.
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      // A key in extra() that the model also has would otherwise overwrite it silently on write.
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // flyctl rejects "2" for a number and 2 for a string (Go's JSON); only the shapes its patches
      // convert (ports, env values) are coerced, in FlyTomlShapes.
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
      .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
      .withConfigOverride(Map.class, o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
      .build();

  private FlyTomlCodec() {}

  /**
   * Reads fly.toml text.
   *
   * @throws FlyTomlParseException on TOML syntax errors (all of them, with line and column) or a value
   *     of a shape flyctl does not accept
   */
  public static FlyToml read(String text) {
    Map<String, Object> tree = parse(text);
    FlyTomlShapes.normalize(tree);
    try {
      return MAPPER.convertValue(tree, FlyToml.class);
    } catch (JacksonException e) {
      throw bindingError(e);
    }
  }

  /**
   * Writes a model as idiomatic TOML.
   *
   * @throws IllegalArgumentException when an {@code extra()} map holds a key its type already has
   */
  public static String write(FlyToml toml) {
    Map<String, Object> tree;
    try {
      tree = MAPPER.readValue(MAPPER.writeValueAsString(toml), TREE);
    } catch (StreamReadException e) {
      throw new IllegalArgumentException("cannot write fly.toml: " + e.getOriginalMessage()
          + "; an extra() entry repeats a key the model has, so set it with the builder method instead", e);
    }
    if (tree.get("mounts") instanceof List<?> mounts && mounts.size() == 1) {
      // One mount is written as [mounts], the way Fly's docs and most hand-written files do.
      tree.put("mounts", mounts.get(0));
    }
    return TomlEmitter.write(tree);
  }

  /**
   * Parses TOML text into ordered maps and lists.
   *
   * @throws FlyTomlParseException listing every syntax error with its line and column
   */
  public static Map<String, Object> parse(String text) {
    TomlParseResult result = Toml.parse(text);
    if (result.hasErrors()) {
      throw new FlyTomlParseException("", "is not valid TOML: " + result.errors().stream()
          .map(FlyTomlCodec::describe)
          .collect(Collectors.joining("; ")));
    }
    return tree(result);
  }

  private static String describe(TomlParseError error) {
    return error.getMessage() + " (line " + error.position().line() + ", column " + error.position().column() + ")";
  }

  private static Map<String, Object> tree(TomlTable table) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : table.entrySet()) {
      out.put(e.getKey(), value(e.getValue()));
    }
    return out;
  }

  private static Object value(Object value) {
    if (value instanceof TomlTable t) {
      return tree(t);
    }
    if (value instanceof TomlArray a) {
      List<Object> list = new ArrayList<>(a.size());
      for (Object item : a.toList()) {
        list.add(value(item));
      }
      return list;
    }
    return value;
  }

  private static FlyTomlParseException bindingError(JacksonException e) {
    String path = e instanceof DatabindException d ? path(d.getPath()) : "";
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message;
    if (cause instanceof IllegalArgumentException) {
      message = cause.getMessage();
    } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      message = "write " + expected(m.getTargetType()) + " here";
    } else {
      message = e.getOriginalMessage();
    }
    return new FlyTomlParseException(path, message);
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string in quotes";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a table";
  }

  private static String path(List<JacksonException.Reference> refs) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : refs) {
      if (ref.getPropertyName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
