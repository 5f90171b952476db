package dev.paperclipfly.core.config;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import org.immutables.value.Value;

/**
 * How strictly {@link PaperclipConfigValidator} judges a config.json beyond what Paperclip itself
 * rejects. The defaults are the strict ones; {@link ValidationOptions#paperclipCompatible()} turns
 * every SDK-only check off so the verdict is exactly Paperclip's.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractValidationOptions {
  /**
   * Unknown keys that look like a misspelt or mis-named known key ({@code conectionString},
   * {@code url} for {@code connectionString}). Paperclip keeps such keys silently and ignores them,
   * so the value the user meant never takes effect. Default {@link Strictness#ERROR}.
   */
  @Value.Default
  public Strictness misspeltKeys() {
    return Strictness.ERROR;
  }

  /**
   * Set when the server gets {@code DATABASE_URL} from its environment: then
   * {@code database.mode = postgres} without {@code database.connectionString} is fine. Otherwise
   * Paperclip would silently fall back to its embedded PostgreSQL, which this validator reports as
   * an error. Default false.
   */
  @Value.Default
  public boolean databaseUrlFromEnvironment() {
    return false;
  }

  /** The strict defaults. */
  public static ValidationOptions defaults() {
    return ValidationOptions.builder().build();
  }

  /** Only what Paperclip 2026.916.1 itself rejects is an error; warnings still appear. */
  public static ValidationOptions paperclipCompatible() {
    return ValidationOptions.builder().misspeltKeys(Strictness.IGNORE).databaseUrlFromEnvironment(true).build();
  }
}
