package dev.paperclipfly.templates;

import dev.paperclipfly.templates.internal.ConfigJsonModel;
import dev.paperclipfly.templates.internal.FlyTomlModel;
import dev.paperclipfly.templates.internal.RenderedSyntax;
import dev.paperclipfly.templates.internal.TemplateEngine;
import dev.paperclipfly.templates.internal.TemplateValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders a {@link PaperclipDeployment} into a {@link Bundle}: {@code Dockerfile},
 * {@code docker/config.json}, {@code docker/start.sh}, {@code fly.toml}, {@code .dockerignore} and
 * {@code DEPLOY.md}, in that order.
 *
 * <p>Each file comes from a template on the classpath, except {@code docker/config.json}, which core's
 * typed {@code PaperclipConfig} writes. Any one of them can be replaced with
 * {@link Builder#templateOverride(String, String)}. Before the bundle is returned, config.json is checked
 * by core's {@code PaperclipConfigValidator}, and fly.toml is read back into core's typed {@code FlyToml}
 * (it must equal the deployment's model unless overridden) and checked by core's
 * {@code FlyTomlValidator}, so a broken override fails here rather than at deploy time.

 *
 * <pre>{@code
 * Bundle bundle = BundleRenderer.builder().build().render(deployment);
 * bundle.writeTo(Path.of("paperclip-deploy"), WriteMode.REFUSE_CHANGES);
 * }</pre>
 */
public final class BundleRenderer {
  /**
   * Output path, the template resource it is rendered from (none when a typed model writes it), and the
   * values a template for it receives.
   */
  private record OutputFile(String path, String resource, Function<PaperclipDeployment, Map<String, Object>> values) {}

  private static final String CONFIG_JSON = "docker/config.json";
  private static final String FLY_TOML = "fly.toml";
  private static final String WRITTEN_BY_MODEL = "";

  private static final List<OutputFile> FILES = List.of(
      new OutputFile("Dockerfile", "Dockerfile", TemplateValues::dockerfile),
      // config.json comes from core's typed PaperclipConfig and its writer, unless a template overrides it.
      new OutputFile(CONFIG_JSON, WRITTEN_BY_MODEL, TemplateValues::configJson),
      new OutputFile("docker/start.sh", "docker/start.sh", TemplateValues::startSh),
      // fly.toml keeps its template for the comments; it is read back into core's typed FlyToml and checked.
      new OutputFile(FLY_TOML, FLY_TOML, TemplateValues::flyToml),
      // Stored without the dot: build tools skip dotfiles among resources.
      new OutputFile(".dockerignore", "dockerignore", d -> Map.of()),
      new OutputFile("DEPLOY.md", "DEPLOY.md", TemplateValues::deployMd));

  private final Map<String, String> templates;
  private final boolean flyTomlOverridden;

  private BundleRenderer(Map<String, String> templates, boolean flyTomlOverridden) {
    this.templates = templates;
    this.flyTomlOverridden = flyTomlOverridden;
  }

  /** A builder with the built-in templates. */
  public static Builder builder() {
    return new Builder();
  }

  /** The paths a bundle contains, in order; these are also the names overrides use. */
  public static List<String> outputPaths() {
    return FILES.stream().map(OutputFile::path).toList();
  }

  /**
   * Renders the bundle.
   *
   * @throws TemplateException if a template names an unknown placeholder or renders an unparseable
   *     config.json or fly.toml
   * @throws dev.paperclipfly.core.validation.ValidationException if config.json or fly.toml (from an
   *     override) is rejected by core's validators
   * @throws dev.paperclipfly.core.flytoml.FlyTomlParseException if an overriding fly.toml has a value
   *     of a shape flyctl rejects
   */
  public Bundle render(PaperclipDeployment deployment) {
    Objects.requireNonNull(deployment, "deployment");
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (OutputFile file : FILES) {
      String template = templates.get(file.path());
      String text = template == null
          ? ConfigJsonModel.write(deployment)
          : TemplateEngine.render(file.path(), template, file.values().apply(deployment));
      out.put(file.path(), text.getBytes(StandardCharsets.UTF_8));
    }
    String config = new String(out.get(CONFIG_JSON), StandardCharsets.UTF_8);
    RenderedSyntax.checkJson(CONFIG_JSON, config);
    ConfigJsonModel.validate(deployment, config).throwIfInvalid(CONFIG_JSON);
    checkFlyToml(deployment, new String(out.get(FLY_TOML), StandardCharsets.UTF_8));
    return new Bundle(out);
  }

  private void checkFlyToml(PaperclipDeployment deployment, String text) {
    RenderedSyntax.checkToml(FLY_TOML, text);
    FlyTomlModel.Checked checked = FlyTomlModel.read(text);
    checked.problems().throwIfInvalid(FLY_TOML);
    // The built-in template carries the comments, core's typed model the values: they must agree.
    if (!flyTomlOverridden && !checked.toml().equals(FlyTomlModel.of(deployment))) {
      throw new IllegalStateException("the built-in fly.toml template disagrees with the fly.toml model: "
          + checked.toml() + " versus " + FlyTomlModel.of(deployment));
    }
  }

  /** Chooses the templates. */
  public static final class Builder {
    private final Map<String, String> overrides = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Replaces the template of one output file (e.g. {@code docker/start.sh}) with the given text.
     *
     * @throws IllegalArgumentException if {@code path} is not one of {@link #outputPaths()}
     */
    public Builder templateOverride(String path, String template) {
      requireKnown(path);
      overrides.put(path, Objects.requireNonNull(template, "template"));
      return this;
    }

    /**
     * Replaces the template of one output file with the content of a UTF-8 file.
     *
     * @throws IllegalArgumentException if {@code path} is unknown or the file cannot be read
     */
    public Builder templateOverride(String path, Path templateFile) {
      requireKnown(path);
      try {
        overrides.put(path, Files.readString(templateFile, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read template override for " + path + " from " + templateFile
            + ": " + e.getMessage(), e);
      }
      return this;
    }

    /** Builds the renderer, loading the built-in templates not overridden. */
    public BundleRenderer build() {
      Map<String, String> templates = new LinkedHashMap<>();
      for (OutputFile file : FILES) {
        String text = overrides.containsKey(file.path()) ? overrides.get(file.path())
            : file.resource().equals(WRITTEN_BY_MODEL) ? null : builtIn(file.resource());
        if (text != null) {
          // LF only, whatever the override's editor wrote: output must be identical across machines.
          templates.put(file.path(), text.replace("\r\n", "\n"));
        }
      }
      return new BundleRenderer(templates, overrides.containsKey(FLY_TOML));
    }

    private static void requireKnown(String path) {
      if (FILES.stream().noneMatch(f -> f.path().equals(path))) {
        throw new IllegalArgumentException("no template named " + path + "; overridable: " + outputPaths());
      }
    }

    private static String builtIn(String resource) {
      try (InputStream in = BundleRenderer.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in template " + resource + " is missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
