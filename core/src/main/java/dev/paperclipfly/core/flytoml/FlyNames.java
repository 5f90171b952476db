package dev.paperclipfly.core.flytoml;

import dev.paperclipfly.core.validation.Problem;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fly's naming rules for apps, regions and volumes, in one place for every module that takes such
 * a name. The accepted character sets contain no quote, space, backslash, dollar sign or newline,
 * so a name that passes is safe in shell, TOML, JSON and Dockerfile text.
 */
public final class FlyNames {
  // An app name is also a DNS label (APP.fly.dev, APP.internal, the tailnet hostname).
  private static final Pattern APP = Pattern.compile("[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern REGION = Pattern.compile("[a-z]{3}");
  private static final Pattern VOLUME = Pattern.compile("[a-z0-9_]{1,30}");

  private FlyNames() {}

  /** True for a Fly app name: 1-63 lowercase letters, digits and dashes, starting with a letter, not ending with a dash. */
  public static boolean isAppName(String name) {
    return APP.matcher(name).matches();
  }

  /** True for a three-letter Fly region code such as {@code sjc}. */
  public static boolean isRegion(String code) {
    return REGION.matcher(code).matches();
  }

  /** True for a Fly volume name: 1-30 lowercase letters, digits and underscores. */
  public static boolean isVolumeName(String name) {
    return VOLUME.matcher(name).matches();
  }

  /** The problem with {@code name} as the app name at {@code path}, if any. */
  public static Optional<Problem> checkAppName(String path, String name) {
    return isAppName(name) ? Optional.empty() : Optional.of(Problem.error(path, "'" + name + "' is not a Fly app name:"
        + " use 1-63 lowercase letters, digits or dashes, starting with a letter and not ending with a dash"));
  }

  /** The problem with {@code code} as the region at {@code path}, if any. */
  public static Optional<Problem> checkRegion(String path, String code) {
    return isRegion(code) ? Optional.empty()
        : Optional.of(Problem.error(path, "'" + code + "' is not a three-letter Fly region code such as sjc or ams"));
  }

  /** The problem with {@code name} as the volume name at {@code path}, if any. */
  public static Optional<Problem> checkVolumeName(String path, String name) {
    return isVolumeName(name) ? Optional.empty() : Optional.of(Problem.error(path, "'" + name + "' is not a Fly volume"
        + " name: use 1-30 lowercase letters, digits or underscores"));
  }
}
