package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import java.util.List;
import org.immutables.value.Value;

/** What removing stale devices of one host name did. */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractStaleDeviceCleanup {
  /** Devices deleted. */
  List<Device> removed();

  /** Devices of that host name left alone: the newest, any online one, and any younger than the cut-off. */
  List<Device> kept();
}
