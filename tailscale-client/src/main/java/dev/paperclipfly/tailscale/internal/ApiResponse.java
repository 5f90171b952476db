package dev.paperclipfly.tailscale.internal;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A successful answer.
 *
 * @param status HTTP status (2xx)
 * @param headers response headers
 * @param body response body text, possibly empty
 */
public record ApiResponse(int status, HttpHeaders headers, String body) {
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }
}
