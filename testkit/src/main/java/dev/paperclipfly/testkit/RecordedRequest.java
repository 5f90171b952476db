package dev.paperclipfly.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One request a fake answered.
 *
 * @param method HTTP method
 * @param path request path as sent, without the query
 * @param query raw query string, empty when none
 * @param operation the vendor spec's operationId, e.g. {@code Machines_create} or {@code createKey}
 * @param kind read, mutation or exec
 * @param status the status the fake answered; 0 when the connection was dropped on purpose
 * @param body request body text, empty when none (may hold secret values: the fake is a test tool)
 * @param at when the request arrived
 * @param headers request headers, first value of each (includes Authorization: a test tool's log)
 * @param answerHeaders headers of the answer, first value of each; empty when the connection was dropped
 * @param answerBody body of the answer, empty when none
 */
public record RecordedRequest(
    String method, String path, String query, String operation, OperationKind kind, int status, String body, Instant at,
    Map<String, String> headers, Map<String, String> answerHeaders, String answerBody) {
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(at, "at");
    headers = Map.copyOf(headers);
    answerHeaders = Map.copyOf(answerHeaders);
    Objects.requireNonNull(answerBody, "answerBody");
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status + " (" + operation + ")";
  }
}
