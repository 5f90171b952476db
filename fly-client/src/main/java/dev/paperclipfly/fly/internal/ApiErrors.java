package dev.paperclipfly.fly.internal;

import dev.paperclipfly.fly.FlyApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns an error answer ({@code {"error", "status"}}) into the matching typed exception. Internal. */
final class ApiErrors {
  private static final int MAX_TEXT = 300;

  private ApiErrors() {}

  static FlyApiException from(ApiRequest request, int status, byte[] body, Optional<String> requestId,
      Optional<Duration> retryAfter, JsonMapper json, UnaryOperator<String> scrub) {
    Optional<String> error = Optional.empty();
    Optional<String> errorStatus = Optional.empty();
    try {
      JsonNode node = json.readTree(body);
      if (node != null && node.isObject()) {
        // fly-go also reads "message"; the spec documents only "error".
        error = text(node, "error").or(() -> text(node, "message"));
        errorStatus = text(node, "status");
      }
    } catch (JacksonException notJson) {
      String raw = new String(body, StandardCharsets.UTF_8).strip();
      error = raw.isEmpty() ? Optional.empty() : Optional.of(truncate(raw));
    }
    error = error.map(scrub);
    String message = request.method() + " " + request.path() + " answered HTTP " + status
        + error.map(e -> ": " + e).orElse("")
        + errorStatus.map(s -> " (status " + s + ")").orElse("")
        + requestId.map(id -> " [fly-request-id " + id + "]").orElse("");
    String lowerError = error.orElse("").toLowerCase(Locale.ROOT);
    if (errorStatus.filter("insufficient_capacity"::equals).isPresent() || looksLikeCapacity(lowerError)) {
      return new FlyApiException.InsufficientCapacity(message, status, error, errorStatus, requestId);
    }
    if (errorStatus.filter("name_taken"::equals).isPresent() || lowerError.contains("has already been taken")) {
      return new FlyApiException.NameTaken(message, status, error, errorStatus, requestId);
    }
    switch (status) {
      case 400:
      case 422:
        return new FlyApiException.InvalidRequest(message, status, error, errorStatus, requestId);
      case 401:
        return new FlyApiException.Unauthorized(message, status, error, errorStatus, requestId);
      case 403:
        return new FlyApiException.Forbidden(message, status, error, errorStatus, requestId);
      case 404:
        return new FlyApiException.NotFound(message, status, error, errorStatus, requestId);
      case 408:
        return new FlyApiException.RequestTimeout(message, status, error, errorStatus, requestId);
      case 409:
        return new FlyApiException.Conflict(message, status, error, errorStatus, requestId);
      case 412:
        return new FlyApiException.PreconditionFailed(message, status, error, errorStatus, requestId);
      case 429:
        return new FlyApiException.RateLimited(message, status, error, errorStatus, requestId, retryAfter);
      default:
        if (status >= 500) {
          return new FlyApiException.ServerError(message, status, error, errorStatus, requestId);
        }
        return new FlyApiException(message, status, error, errorStatus, requestId);
    }
  }

  /** Capacity problems arrive as 400, 409 or 412 with only a sentence to tell them apart. */
  private static boolean looksLikeCapacity(String lowerError) {
    return lowerError.contains("insufficient resources")
        || lowerError.contains("insufficient memory")
        || lowerError.contains("could not reserve resource")
        || lowerError.contains("no capacity");
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() && !v.asString().isBlank() ? Optional.of(truncate(v.asString())) : Optional.empty();
  }

  private static String truncate(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "...";
  }
}
