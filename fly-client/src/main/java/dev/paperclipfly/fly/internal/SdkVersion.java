package dev.paperclipfly.fly.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SDK's version, filtered into a resource at build time. Internal. */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  public static String version() {
    return VERSION;
  }

  /** {@code paperclip-fly/0.1.0 (Java 17.0.12)}. */
  public static String userAgent() {
    return "paperclip-fly/" + VERSION + " (Java " + Runtime.version().feature() + ")";
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
