package dev.paperclipfly.deploy;

/** What a step does. */
public enum StepAction {
  /** Already as wanted: nothing to do. */
  KEEP(false),
  CREATE(true),
  UPDATE(true),
  /** Release something that holds no data (a public IP). */
  RELEASE(true),
  START(true),
  /** Read-only verification (wait for a state, probe health). */
  CHECK(false),
  /** Cannot go on without the user: the step's reason says what to do. */
  BLOCKED(false);

  private final boolean mutates;

  StepAction(boolean mutates) {
    this.mutates = mutates;
  }

  /** Whether this action changes anything. */
  public boolean mutates() {
    return mutates;
  }
}
