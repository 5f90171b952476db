package dev.paperclipfly.examples.bundle;

import dev.paperclipfly.core.validation.ValidationException;
import dev.paperclipfly.templates.Bundle;
import dev.paperclipfly.templates.BundleRenderer;
import dev.paperclipfly.templates.PaperclipDeployment;
import dev.paperclipfly.templates.WriteMode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Renders the deployment bundle of one Paperclip instance into a directory, the way an embedding
 * tool would.
 *
 * <pre>
 * java -cp examples/target/paperclip-fly.jar dev.paperclipfly.examples.bundle.RenderBundle APP [TAILNET_DNS] [DIR]
 * </pre>
 */
public final class RenderBundle {
  private RenderBundle() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: RenderBundle APP [TAILNET_DNS] [DIR]");
      System.exit(2);
    }
    PaperclipDeployment deployment;
    try {
      deployment = PaperclipDeployment.builder()
          .appName(args[0])
          .org("personal")
          .primaryRegion("sjc")
          .tailnetDnsSuffix(args.length > 1 ? Optional.of(args[1]) : Optional.empty())
          .build();
    } catch (ValidationException e) {
      System.err.println(e.getMessage());   // every invalid field, each with what to do
      System.exit(1);
      return;
    }
    Bundle bundle = BundleRenderer.builder().build().render(deployment);
    Path dir = Path.of(args.length > 2 ? args[2] : "paperclip-deploy");
    // Never silently replaces a file the user edited: REFUSE_CHANGES writes nothing if one differs.
    System.out.println("wrote " + bundle.writeTo(dir, WriteMode.REFUSE_CHANGES) + " into " + dir);
    System.out.println("secrets to set: " + deployment.expectedSecrets());
  }
}
