package dev.paperclipfly.testkit;

import java.util.List;
import java.util.Optional;

/**
 * Answers commands run through the fake Fly {@code exec} endpoint. Return empty to let the fake's
 * built-in Paperclip guest answer (health probe and {@code paperclipai auth bootstrap-ceo}).
 */
@FunctionalInterface
public interface ExecHandler {
  Optional<ExecResult> run(String app, String machineId, List<String> command);
}
