package dev.paperclipfly.testkit;

/**
 * The Paperclip instance the fake Fly pretends runs inside an app's machine: what its health probe
 * answers and whether a first-admin invite exists. Its state lives with the app's volume, so it
 * survives machine updates, as the real instance's database does.
 */
public interface FakePaperclip {
  /** Makes the health probe fail ({@code curl -f} exit 22) until set back to true. */
  FakePaperclip healthy(boolean healthy);

  /** The next {@code checks} health probes answer {@code "status":"starting"}. */
  FakePaperclip startingFor(int checks);

  /** Pretends the first admin has (or has not) accepted the bootstrap invite. */
  FakePaperclip adminExists(boolean exists);

  /** Whether an unaccepted bootstrap invite exists. */
  boolean inviteActive();

  /** How many bootstrap invites were minted so far. */
  int invitesIssued();

  /** The token of the last invite minted ({@code pcp_bootstrap_...}), empty string if none. */
  String lastInviteToken();
}
