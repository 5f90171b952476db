package dev.paperclipfly.examples.cli;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Prints validation problems one per line: errors as {@code FILE: path.to.field: message} on
 * standard output, warnings as {@code FILE: path.to.field: warning: message} on standard error.
 */
final class ProblemReport {
  private final PrintWriter out;
  private final PrintWriter err;
  private int filesWithErrors;

  ProblemReport(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  void add(Path file, ValidationResult result) {
    for (Problem p : result.problems()) {
      if (p.isError()) {
        out.println(file + ": " + p.location() + ": " + p.message());
      } else {
        err.println(file + ": " + p.location() + ": warning: " + p.message());
      }
    }
    if (!result.isValid()) {
      filesWithErrors++;
    }
  }

  /** 0 when no file had an error, else 1. */
  int exitCode() {
    out.flush();
    err.flush();
    return filesWithErrors == 0 ? 0 : 1;
  }
}
