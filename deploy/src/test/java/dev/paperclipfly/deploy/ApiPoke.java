package dev.paperclipfly.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends one raw request to a fake, standing in for someone else acting on the same account. */
final class ApiPoke {
  private final URI base;

  ApiPoke(URI base) {
    this.base = base;
  }

  int post(String path, String json) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", "Bearer someone-else")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
