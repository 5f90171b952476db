package dev.paperclipfly.core.config.internal;

import java.util.Locale;

/** Paperclip's host classification ({@code @paperclipai/shared} {@code network-bind.js}). */
public final class NetworkHosts {
  private NetworkHosts() {}

  /** {@code 127.0.0.1}, {@code localhost} or {@code ::1}, ignoring case and surrounding spaces. */
  public static boolean isLoopback(String host) {
    String h = JsText.trim(host).toLowerCase(Locale.ROOT);
    return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1");
  }

  /** {@code 0.0.0.0} or {@code ::}. */
  public static boolean isAllInterfaces(String host) {
    String h = JsText.trim(host).toLowerCase(Locale.ROOT);
    return h.equals("0.0.0.0") || h.equals("::");
  }

  /** The bind mode Paperclip infers from a host when {@code server.bind} is absent. */
  public static String inferBindMode(String host) {
    String h = JsText.trim(host);
    if (h.isEmpty() || isLoopback(h)) {
      return "loopback";
    }
    return isAllInterfaces(h) ? "lan" : "custom";
  }
}
