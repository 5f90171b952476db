package dev.paperclipfly.deploy;

import dev.paperclipfly.core.Secret;
import java.util.Objects;

/**
 * The first-admin invite URL ({@code .../invite/pcp_bootstrap_...}). Whoever opens it becomes the
 * instance admin, so it is handled like a {@link Secret}: masked in {@code toString()}, returned
 * once by the {@code apply} that minted it and never stored by this SDK.
 */
public final class AdminInvite {
  private final Secret url;

  public AdminInvite(Secret url) {
    this.url = Objects.requireNonNull(url, "url");
  }

  /** The URL itself; show it to the one person who should become admin, nowhere else. */
  public String reveal() {
    return url.reveal();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AdminInvite other && url.equals(other.url);
  }

  @Override
  public int hashCode() {
    return url.hashCode();
  }

  @Override
  public String toString() {
    return "AdminInvite[****]";
  }
}
