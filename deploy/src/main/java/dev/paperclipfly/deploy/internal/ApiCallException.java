package dev.paperclipfly.deploy.internal;

import java.util.Optional;

/**
 * A vendor API answered with an error status, or the connection failed. Carries the status (0 for
 * a connection failure), the vendor's own message and the operation, never a credential.
 */
public final class ApiCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String operation;
  private final String vendorMessage;
  private final Optional<String> requestId;

  public ApiCallException(String operation, int status, String vendorMessage, Optional<String> requestId, Throwable cause) {
    super(operation + " failed" + (status == 0 ? "" : " with HTTP " + status) + ": " + vendorMessage
        + requestId.map(id -> " (request " + id + ")").orElse(""), cause);
    this.status = status;
    this.operation = operation;
    this.vendorMessage = vendorMessage;
    this.requestId = requestId;
  }

  public int status() {
    return status;
  }

  public String operation() {
    return operation;
  }

  public String vendorMessage() {
    return vendorMessage;
  }

  public Optional<String> requestId() {
    return requestId;
  }

  public boolean isNotFound() {
    return status == 404;
  }
}
