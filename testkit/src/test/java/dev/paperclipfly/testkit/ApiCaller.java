package dev.paperclipfly.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A bare HTTP caller for exercising the fakes in their own tests. */
final class ApiCaller {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;

  record Answer(int status, Optional<JsonNode> body, HttpResponse<String> raw) {
    JsonNode json() {
      return body.orElseThrow(() -> new AssertionError("no body, status " + status));
    }
  }

  ApiCaller(URI base) {
    this.base = base;
  }

  Answer get(String path) {
    return send("GET", path, null, new String[0]);
  }

  Answer send(String method, String path, String json, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer test-token")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      Optional<JsonNode> body = r.body().isBlank() ? Optional.empty() : Optional.of(JSON.readTree(r.body()));
      return new Answer(r.statusCode(), body, r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer post(String path, String json) {
    return send("POST", path, json);
  }
}
