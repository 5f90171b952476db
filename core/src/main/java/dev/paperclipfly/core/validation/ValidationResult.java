package dev.paperclipfly.core.validation;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in one document, errors and warnings together, in the order found. */
public record ValidationResult(List<Problem> problems) {
  public ValidationResult {
    problems = List.copyOf(problems);
  }

  public static ValidationResult ok() {
    return new ValidationResult(List.of());
  }

  /** True when there is no error; warnings do not make a document invalid. */
  public boolean isValid() {
    return problems.stream().noneMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** This result followed by another's problems. */
  public ValidationResult and(ValidationResult other) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(other.problems);
    return new ValidationResult(all);
  }

  /**
   * Throws when there is an error.
   *
   * @throws ValidationException listing every error
   */
  public void throwIfInvalid(String what) {
    if (!isValid()) {
      throw new ValidationException(what, this);
    }
  }
}
