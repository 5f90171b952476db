package dev.paperclipfly.templates.internal;

import dev.paperclipfly.templates.TemplateException;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Parses rendered config.json and fly.toml, so a template that breaks their syntax fails at render time. */
public final class RenderedSyntax {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RenderedSyntax() {}

  /** Throws when {@code text} is not one JSON object. */
  public static void checkJson(String name, String text) {
    try {
      if (!JSON.readTree(text).isObject()) {
        throw new TemplateException(name, 1, "rendered file is not a JSON object");
      }
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new TemplateException(name, line, "rendered file is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Throws when {@code text} is not valid TOML. */
  public static void checkToml(String name, String text) {
    TomlParseResult result = Toml.parse(text);
    if (result.hasErrors()) {
      var error = result.errors().get(0);
      throw new TemplateException(name, error.position() == null ? 1 : error.position().line(),
          "rendered file is not valid TOML: " + error.getMessage());
    }
  }
}
