package dev.paperclipfly.testkit;

/** What a recorded API call does to the fake's state. */
public enum OperationKind {
  /** Reads state and changes nothing ({@code GET}, {@code wait}). */
  READ,
  /** Creates, changes or removes something (apps, IPs, volumes, secrets, machines, leases, keys, settings). */
  MUTATION,
  /**
   * Runs a command inside a machine. The API cannot tell whether the command changes anything, so
   * these calls are counted apart from both reads and mutations.
   */
  EXEC
}
