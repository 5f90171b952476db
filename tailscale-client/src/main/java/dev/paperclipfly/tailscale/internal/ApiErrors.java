package dev.paperclipfly.tailscale.internal;

import dev.paperclipfly.core.retry.RetryAfter;
import dev.paperclipfly.tailscale.TailscaleApiException;
import dev.paperclipfly.tailscale.TailscaleApiException.ErrorDetails;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns an error answer ({@code {"message": ..., "data": ...}} and a status) into a typed exception. */
final class ApiErrors {
  private final JsonMapper mapper;
  private final Clock clock;

  ApiErrors(JsonMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  Optional<Duration> retryAfter(HttpHeaders headers) {
    return RetryAfter.parse(headers.firstValue("Retry-After"), clock);
  }

  TailscaleApiException toException(ApiRequest request, int status, HttpHeaders headers, String body) {
    String message = null;
    String data = null;
    try {
      JsonNode node = body.isBlank() ? null : mapper.readTree(body);
      if (node != null && node.isObject()) {
        JsonNode m = node.get("message");
        if (m != null && m.isString()) {
          message = m.asString();
        }
        JsonNode d = node.get("data");
        if (d != null && !d.isNull()) {
          data = mapper.writeValueAsString(d);
        }
      }
    } catch (JacksonException notJson) {
      // A proxy's HTML page or a truncated body: the status still says what happened.
      message = null;
    }
    ErrorDetails details = new ErrorDetails(status, request.method(), request.path(), message, data,
        hint(request, status, message));
    switch (status) {
      case 400:
        return new TailscaleApiException.BadRequest(details);
      case 401:
        return new TailscaleApiException.Unauthorized(details);
      case 403:
        return new TailscaleApiException.Forbidden(details);
      case 404:
        return new TailscaleApiException.NotFound(details);
      case 412:
        return new TailscaleApiException.PreconditionFailed(details);
      case 429:
        return new TailscaleApiException.RateLimited(details, retryAfter(headers));
      default:
        if (status >= 500) {
          return new TailscaleApiException.ServerError(details);
        }
        return new GenericApiException(details);
    }
  }

  private static String hint(ApiRequest request, int status, String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    switch (status) {
      case 400:
        if (m.contains("tag")) {
          return "the credential may only use tags it owns: with OAuth, request exactly the OAuth client's tags "
              + "or tags owned by them, and make sure tagOwners in the policy file lists them";
        }
        return null;
      case 401:
        return "check the API access token (they expire after 1 to 90 days) or the OAuth client secret";
      case 403:
        return "the token lacks the scope or role for this call; for OAuth clients add the scope the call needs";
      case 412:
        return "the policy file changed since it was read: read it again, reapply the change and set it with the new ETag";
      case 429:
        return "rate limited by Tailscale; wait and try again";
      default:
        return null;
    }
  }

  /** An error status without a dedicated subtype (409, 501, ...). */
  static final class GenericApiException extends TailscaleApiException {
    private static final long serialVersionUID = 1L;

    GenericApiException(ErrorDetails details) {
      super(details);
    }
  }
}
