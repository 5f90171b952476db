package dev.paperclipfly.tailscale;

import dev.paperclipfly.tailscale.model.Device;
import dev.paperclipfly.tailscale.model.DeviceQuery;
import dev.paperclipfly.tailscale.model.StaleDeviceCleanup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The devices a deployment registers under one host name (a Fly app's machine joining with
 * {@code tailscale up --hostname=<app>}). Obtain from {@link TailscaleClient#deployments()}.
 *
 * <p>When a machine rejoins with fresh state while its old device still exists, Tailscale keeps the
 * {@code hostname} but names the new device {@code <app>-1} ({@code -2}, ...). So the device is found
 * by its host name, the newest registration wins, and its real {@code name} is read back, never
 * predicted as {@code <app>.<suffix>}.
 */
public final class DeploymentDevices {
  private static final Comparator<Device> NEWEST_FIRST = Comparator
      .comparing((Device d) -> d.created().orElse(Instant.MIN)).reversed()
      .thenComparing(Device::connectedToControl, Comparator.reverseOrder());

  private final TailnetDevices devices;
  private final Clock clock;

  DeploymentDevices(TailnetDevices devices, Clock clock) {
    this.devices = devices;
    this.clock = clock;
  }

  /** Every device registered with this host name, newest first. */
  public List<Device> findAll(String hostname) {
    requireHostname(hostname);
    return devices.list(DeviceQuery.hostname(hostname)).stream()
        // The server filter is exact already; this guards against a server that ignores it.
        .filter(d -> d.hostname().equalsIgnoreCase(hostname))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  /**
   * The device the latest deployment created: the newest registration of this host name. Its
   * {@link Device#name()} is the address to use, e.g. {@code paperclip-1.tail1234ab.ts.net}.
   */
  public Optional<Device> find(String hostname) {
    // Gotcha: the field report builds the URL as https://$FLY_APP_NAME.$TAILNET_DNS, which points at
    // the old device once the name is taken and the new one becomes <app>-1.
    return findAll(hostname).stream().findFirst();
  }

  /**
   * Deletes devices of this host name that have been offline longer than {@code olderThan}. Never
   * deletes the newest registration, nor any device connected right now.
   *
   * <p>A device's age is taken from when it was last seen, or when it was created if it never came
   * online. A device that disappears between listing and deleting counts as removed.
   */
  public StaleDeviceCleanup removeStale(String hostname, Duration olderThan) {
    Objects.requireNonNull(olderThan, "olderThan");
    if (olderThan.isNegative() || olderThan.isZero()) {
      throw new IllegalArgumentException("olderThan must be positive, was " + olderThan
          + ": pass how long a device must have been offline before it is removed");
    }
    List<Device> all = findAll(hostname);
    Instant cutoff = clock.instant().minus(olderThan);
    StaleDeviceCleanup.Builder result = StaleDeviceCleanup.builder();
    for (int i = 0; i < all.size(); i++) {
      Device d = all.get(i);
      boolean newest = i == 0;
      Instant lastActive = d.lastSeen().or(d::created).orElse(Instant.MIN);
      if (newest || d.connectedToControl() || !lastActive.isBefore(cutoff)) {
        result.addKept(d);
      } else {
        devices.delete(d.nodeId());
        result.addRemoved(d);
      }
    }
    return result.build();
  }

  private static void requireHostname(String hostname) {
    Objects.requireNonNull(hostname, "hostname");
    if (hostname.isBlank()) {
      throw new IllegalArgumentException("hostname is blank: pass the name the machine joined with (--hostname)");
    }
  }
}
