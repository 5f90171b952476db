package dev.paperclipfly.tailscale;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Tailscale API answered with an error status. Carries the status, the method and path called,
 * and the API's {@code {"message": ..., "data": ...}} body. Subclasses name the statuses a caller acts
 * on; other statuses (409, 501, ...) arrive as this class.
 */
public class TailscaleApiException extends TailscaleException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final String path;
  private final String apiMessage;
  private final String dataJson;

  protected TailscaleApiException(ErrorDetails details) {
    super(details.describe());
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.apiMessage = details.apiMessage;
    this.dataJson = details.dataJson;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The HTTP method of the failed call. */
  public String method() {
    return method;
  }

  /** The path of the failed call, e.g. {@code /api/v2/tailnet/-/keys}. */
  public String path() {
    return path;
  }

  /** The API's {@code message}, or empty when the body had none. */
  public Optional<String> apiMessage() {
    return Optional.ofNullable(apiMessage);
  }

  /**
   * The API's {@code data} member as JSON text, e.g. the per-user failures of policy file tests; empty
   * when absent.
   */
  public Optional<String> dataJson() {
    return Optional.ofNullable(dataJson);
  }

  /**
   * What the failed call and its answer were. Built by the client; public so tests of user code can
   * create the exceptions.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param path the request path
   * @param apiMessage the API's message, or null
   * @param dataJson the API's data member as JSON, or null
   * @param hint a sentence on what to do, or null
   */
  public record ErrorDetails(
      int status, String method, String path, String apiMessage, String dataJson, String hint) {
    public ErrorDetails {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
    }

    String describe() {
      StringBuilder sb = new StringBuilder("Tailscale API ")
          .append(method).append(' ').append(path).append(" returned ").append(status);
      if (apiMessage != null && !apiMessage.isBlank()) {
        sb.append(": ").append(apiMessage);
      }
      if (hint != null) {
        sb.append(" (").append(hint).append(')');
      }
      return sb.toString();
    }
  }

  /** 400: the request was refused as invalid, e.g. tags the credential may not use. */
  public static class BadRequest extends TailscaleApiException {
    private static final long serialVersionUID = 1L;

    public BadRequest(ErrorDetails details) {
      super(details);
    }
  }

  /** 401: the token is missing, malformed, expired or revoked. */
  public static class Unauthorized extends TailscaleApiException {
    private static final long serialVersionUID = 1L;

    public Unauthorized(ErrorDetails details) {
      super(details);
    }
  }

  /** 403: the token is valid but lacks the scope or role for this call. */
  public static class Forbidden extends TailscaleApiException {
    private static final long serialVersionUID = 1L;

    public Forbidden(ErrorDetails details) {
      super(details);
    }
  }

  /** 404: the tailnet, device or key does not exist (or is not visible to this token). */
  public static class NotFound extends TailscaleApiException {
    private static final long serialVersionUID = 1L;

    public NotFound(ErrorDetails details) {
      super(details);
    }
  }

  /** 412: the policy file changed since its ETag was read; read it again and reapply the change. */
  public static class PreconditionFailed extends TailscaleApiException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailed(ErrorDetails details) {
      super(details);
    }
  }

  /** 429: too many requests; retries were exhausted or the call was not safe to repeat. */
  public static class RateLimited extends TailscaleApiException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    public RateLimited(ErrorDetails details, Optional<Duration> retryAfter) {
      super(details);
      this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** The wait the server asked for in {@code Retry-After}, if it sent one. */
    public Optional<Duration> retryAfter() {
      return retryAfter;
    }
  }

  /** 5xx: the API failed; idempotent calls have already been retried when this surfaces. */
  public static class ServerError extends TailscaleApiException {
    private static final long serialVersionUID = 1L;

    public ServerError(ErrorDetails details) {
      super(details);
    }
  }
}
