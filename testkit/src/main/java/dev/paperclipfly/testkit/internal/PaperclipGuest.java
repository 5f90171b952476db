package dev.paperclipfly.testkit.internal;

import dev.paperclipfly.testkit.ExecResult;
import dev.paperclipfly.testkit.FakePaperclip;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the two commands a deployer runs inside a Paperclip machine, the way Paperclip
 * 2026.916.1 does: the health probe ({@code GET /api/health}, JSON with {@code bootstrapStatus} and
 * {@code bootstrapInviteActive}) and {@code paperclipai auth bootstrap-ceo} (prints an
 * {@code Invite URL:} line, exit 0, revoking any earlier unaccepted invite).
 */
public final class PaperclipGuest implements FakePaperclip {
  private static final SecureRandom RANDOM = new SecureRandom();

  private boolean healthy = true;
  private int startingChecks;
  private boolean adminExists;
  private boolean inviteActive;
  private int invitesIssued;
  private String lastToken = "";

  @Override
  public synchronized FakePaperclip healthy(boolean healthy) {
    this.healthy = healthy;
    return this;
  }

  @Override
  public synchronized FakePaperclip startingFor(int checks) {
    this.startingChecks = checks;
    return this;
  }

  @Override
  public synchronized FakePaperclip adminExists(boolean exists) {
    this.adminExists = exists;
    if (exists) {
      inviteActive = false;
    }
    return this;
  }

  @Override
  public synchronized boolean inviteActive() {
    return inviteActive;
  }

  @Override
  public synchronized int invitesIssued() {
    return invitesIssued;
  }

  @Override
  public synchronized String lastInviteToken() {
    return lastToken;
  }

  synchronized ExecResult run(List<String> command) {
    String line = String.join(" ", command);
    if (line.contains("/api/health")) {
      return health();
    }
    if (line.contains("auth bootstrap-ceo")) {
      return bootstrapCeo(command);
    }
    return ExecResult.failed(127, "sh: " + command.get(0) + ": not found\n");
  }

  private ExecResult health() {
    if (!healthy) {
      return ExecResult.failed(22, "curl: (22) The requested URL returned error: 503\n");
    }
    ObjectNode o = FakeHttpServer.JSON.createObjectNode();
    o.put("status", startingChecks > 0 ? "starting" : "ok");
    if (startingChecks > 0) {
      startingChecks--;
    }
    o.put("deploymentMode", "authenticated");
    o.put("deploymentExposure", "private");
    o.put("localAiLoginSupported", false);
    o.putNull("commit");
    o.put("bootstrapStatus", adminExists ? "ready" : "bootstrap_pending");
    o.put("bootstrapInviteActive", inviteActive);
    o.putArray("warnings");
    return ExecResult.ok(o.toString());
  }

  private ExecResult bootstrapCeo(List<String> command) {
    if (adminExists && !command.contains("--force")) {
      return ExecResult.ok("Instance already has an admin user. Use --force to generate a new bootstrap invite.\n");
    }
    int at = command.indexOf("--base-url");
    String base = at >= 0 && at + 1 < command.size() ? command.get(at + 1) : "http://localhost:3100";
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    lastToken = "pcp_bootstrap_" + HexFormat.of().formatHex(bytes);
    inviteActive = true;
    invitesIssued++;
    String expires = Instant.now().plus(Duration.ofHours(72)).toString();
    return ExecResult.ok("◆  Created bootstrap CEO invite.\n│  Invite URL: " + base.replaceAll("/+$", "")
        + "/invite/" + lastToken + "\n│  Expires: " + expires + "\n");
  }
}
