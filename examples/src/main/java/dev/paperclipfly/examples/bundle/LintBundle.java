package dev.paperclipfly.examples.bundle;

import dev.paperclipfly.templates.lint.BundleLinter;
import dev.paperclipfly.templates.lint.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * Lints an existing deployment bundle (a hand-made one, say) for the known Paperclip-on-Fly gotchas
 * and prints each finding with its fix.
 *
 * <pre>
 * java -cp examples/target/paperclip-fly.jar dev.paperclipfly.examples.bundle.LintBundle DIR
 * </pre>
 */
public final class LintBundle {
  private LintBundle() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: LintBundle DIR");
      System.exit(2);
    }
    List<Finding> findings = BundleLinter.create().lint(Path.of(args[0]));
    for (Finding f : findings) {
      System.out.println(f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.message());
      System.out.println("    fix: " + f.fix());
    }
    System.out.println(findings.isEmpty() ? "no findings" : findings.size() + " finding(s)");
    System.exit(findings.isEmpty() ? 0 : 1);
  }
}
