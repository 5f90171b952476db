package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Which devices to list and how much of each. Filters run on the server: each is a top-level device
 * property matched exactly ({@code hostname=paperclip}, {@code tags=tag:prod}); several filters all
 * have to match.
 */
@Value.Immutable
@PaperclipFlyStyle
public abstract class AbstractDeviceQuery {
  /** Ask for every field ({@code fields=all}), including routes; default true. */
  @Value.Default
  public boolean allFields() {
    return true;
  }

  /** Property name to the values it must match. */
  public abstract Map<String, List<String>> filters();

  /** All devices with all fields. */
  public static DeviceQuery all() {
    return DeviceQuery.builder().build();
  }

  /** Devices registered with exactly this host name, all fields. */
  public static DeviceQuery hostname(String hostname) {
    return DeviceQuery.builder().putFilters("hostname", List.of(hostname)).build();
  }

  @Value.Check
  protected void check() {
    filters().forEach((k, v) -> {
      if (k.isBlank() || k.contains("=") || k.contains("&")) {
        throw new IllegalStateException(
            "filter name '" + k + "' must be a device property such as hostname or tags");
      }
      if (v.isEmpty()) {
        throw new IllegalStateException("filter '" + k + "' has no values: give at least one or drop it");
      }
    });
  }
}
