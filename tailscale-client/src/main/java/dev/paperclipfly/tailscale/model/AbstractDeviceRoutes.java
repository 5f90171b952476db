package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import org.immutables.value.Value;

/** The subnet routes a device advertises, and those approved for it. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractDeviceRoutes {
  List<String> advertisedRoutes();

  List<String> enabledRoutes();
}
