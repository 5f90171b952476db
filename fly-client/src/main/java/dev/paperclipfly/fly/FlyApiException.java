package dev.paperclipfly.fly;

import java.time.Duration;
import java.util.Optional;

/**
 * The Machines API answered with an error. Carries the HTTP status, the API's {@code error} text and
 * {@code status} code (from its {@code {"error", "status"}} body) and the {@code fly-request-id} to
 * quote to Fly support. Catch a nested subclass for the cases a caller handles differently.
 */
public class FlyApiException extends FlyException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String error;
  private final String errorStatus;
  private final String requestId;

  public FlyApiException(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
      Optional<String> requestId) {
    this(message, httpStatus, error, errorStatus, requestId, null);
  }

  protected FlyApiException(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
      Optional<String> requestId, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.error = error.orElse(null);
    this.errorStatus = errorStatus.orElse(null);
    this.requestId = requestId.orElse(null);
  }

  /** The HTTP status code of the answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The API's {@code error} text, when the body had one. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The API's {@code status} code such as {@code insufficient_capacity}, when the body had one. */
  public Optional<String> errorStatus() {
    return Optional.ofNullable(errorStatus);
  }

  /** The {@code fly-request-id} response header, when present. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** 400 or 422: the API rejected the request as invalid; fix the request before sending it again. */
  public static class InvalidRequest extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public InvalidRequest(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** 401: the token is missing, malformed or expired. */
  public static final class Unauthorized extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public Unauthorized(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** 403: the token is valid but may not do this (a deploy token cannot create apps; quota reached). */
  public static final class Forbidden extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** 404: the app, Machine, volume or other resource does not exist. */
  public static final class NotFound extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** 408: the API gave up waiting, for example a Machine did not reach the awaited state in time. */
  public static final class RequestTimeout extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public RequestTimeout(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** 409, or a name already taken: another lease holds the Machine, or the name belongs to someone else. */
  public static class Conflict extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public Conflict(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** The app name is taken; app names are global across all of Fly, so pick another. */
  public static final class NameTaken extends Conflict {
    private static final long serialVersionUID = 1L;

    public NameTaken(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** 412: the Machine changed since it was read ({@code current_version} or metadata version mismatch). */
  public static final class PreconditionFailed extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailed(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** The region or host has no room for the Machine or volume; try another region or a smaller size. */
  public static final class InsufficientCapacity extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public InsufficientCapacity(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** 429: too many requests; {@link #retryAfter()} is the server's {@code Retry-After}, when it sent one. */
  public static final class RateLimited extends FlyApiException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    public RateLimited(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId, Optional<Duration> retryAfter) {
      super(message, httpStatus, error, errorStatus, requestId);
      this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
      return retryAfter == null ? Optional.empty() : retryAfter;
    }
  }

  /** 5xx: the API failed; safe calls were already retried before this reached you. */
  public static final class ServerError extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public ServerError(String message, int httpStatus, Optional<String> error, Optional<String> errorStatus,
        Optional<String> requestId) {
      super(message, httpStatus, error, errorStatus, requestId);
    }
  }

  /** The API answered success but the body was not the JSON the spec describes. */
  public static final class MalformedResponse extends FlyApiException {
    private static final long serialVersionUID = 1L;

    public MalformedResponse(String message, int httpStatus, Optional<String> requestId, Throwable cause) {
      super(message, httpStatus, Optional.empty(), Optional.empty(), requestId, cause);
    }
  }
}
