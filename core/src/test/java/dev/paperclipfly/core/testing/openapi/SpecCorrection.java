package dev.paperclipfly.core.testing.openapi;

import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A named, documented edit to an OpenAPI document where the document is known to contradict the API
 * (or its own prose). Everything a correction does not touch is checked exactly as published.
 *
 * <p>A correction edits the node at a JSON pointer and fails loudly when that node is gone or has
 * another type, so a corrected document that changes upstream is reviewed rather than silently
 * mis-corrected.
 *
 * @param name short name, e.g. {@code "secrets-update accepts null"}
 * @param reason why the published document is wrong, with the evidence
 * @param pointer JSON pointer of the node that is edited
 * @param edit the change, applied to the node at {@code pointer}
 */
public record SpecCorrection(String name, String reason, String pointer, Consumer<JsonNode> edit) {
  /** A correction of the node at {@code pointer}, which must be of type {@code expected}. */
  public static <T extends JsonNode> SpecCorrection at(String name, String reason, String pointer,
      Class<T> expected, Consumer<T> edit) {
    return new SpecCorrection(name, reason, pointer, node -> {
      if (!expected.isInstance(node)) {
        throw new IllegalStateException("correction '" + name + "' no longer applies: " + pointer + " is "
            + (node.isMissingNode() ? "missing" : node.getNodeType()) + ", not " + expected.getSimpleName()
            + "; review it against the document");
      }
      edit.accept(expected.cast(node));
    });
  }

  void applyTo(JsonNode root) {
    edit.accept(root.at(pointer));
  }
}
