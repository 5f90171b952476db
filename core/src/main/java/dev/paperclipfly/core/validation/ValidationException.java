package dev.paperclipfly.core.validation;

import java.util.stream.Collectors;

/** Thrown when a document or a built value has errors; the message lists every one with its path. */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationResult result;

  public ValidationException(String what, ValidationResult result) {
    super(what + " is invalid:\n" + result.errors().stream()
        .map(p -> "  " + p)
        .collect(Collectors.joining("\n")));
    this.result = result;
  }

  public ValidationResult result() {
    return result;
  }
}
