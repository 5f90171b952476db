package dev.paperclipfly.fly;

import dev.paperclipfly.fly.internal.Answers;
import dev.paperclipfly.fly.internal.ApiRequest;
import dev.paperclipfly.fly.internal.ApiRequest.Repeat;
import dev.paperclipfly.fly.internal.ApiTransport;
import dev.paperclipfly.fly.model.AssignIpRequest;
import dev.paperclipfly.fly.model.IpAssignment;
import java.util.List;

/**
 * IP addresses of an app: {@code /v1/apps/{app}/ip_assignments}. Obtain from
 * {@link FlyClient#ipAssignments()}.
 *
 * <p>A Flycast address (private to the organization's network, routed through Fly's proxy) is
 * {@code type = "private_v6"}. In an app created with a custom {@code network}, pass that same
 * {@code network}: it does not default to the app's.
 *
 * <p>Flycast is what {@code flyctl ips allocate-v6 --private} allocates: with no public address the app
 * stays off the public internet.
 */
public final class IpAssignments {
  private final ApiTransport api;

  IpAssignments(ApiTransport api) {
    this.api = api;
  }

  public List<IpAssignment> list(String app) {
    return api.json(ApiRequest.get("apps", app, "ip_assignments"), Answers.IpList.class).ips();
  }

  /**
   * Allocates an address: {@code type} is {@code v4}, {@code v6}, {@code shared_v4} or
   * {@code private_v6} (Flycast).
   */
  public IpAssignment allocate(String app, AssignIpRequest request) {
    // Not repeated after an unclear failure: a repeat could allocate a second (billed) address.
    return api.json(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "ip_assignments").body(request),
        IpAssignment.class);
  }

  /** Releases the address. */
  public void release(String app, String ip) {
    api.send(ApiRequest.delete("apps", app, "ip_assignments", ip));
  }
}
