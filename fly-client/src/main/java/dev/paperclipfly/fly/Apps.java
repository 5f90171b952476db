package dev.paperclipfly.fly;

import dev.paperclipfly.fly.internal.ApiRequest;
import dev.paperclipfly.fly.internal.ApiRequest.Repeat;
import dev.paperclipfly.fly.internal.ApiTransport;
import dev.paperclipfly.fly.internal.Answers;
import dev.paperclipfly.fly.model.App;
import dev.paperclipfly.fly.model.CreateAppRequest;
import java.util.List;
import java.util.Optional;

/** Fly apps: {@code /v1/apps}. Obtain from {@link FlyClient#apps()}. */
public final class Apps {
  private final ApiTransport api;

  Apps(ApiTransport api) {
    this.api = api;
  }

  /**
   * Creates an app. Needs an organization token, not a deploy token.
   *
   * @throws FlyApiException.NameTaken when the name belongs to any app on Fly (names are global)
   */
  public void create(CreateAppRequest request) {
    // Not repeated after an unclear failure: a repeat that follows a lost success answers "name taken".
    // Call get(name) to find out whether the app exists before trying again.
    api.send(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps").body(request));
  }

  /**
   * @throws FlyApiException.NotFound when no such app exists (or the token cannot see it)
   */
  public App get(String appName) {
    return api.json(ApiRequest.get("apps", appName), App.class);
  }

  /** Whether the app exists and the token can see it. */
  public boolean exists(String appName) {
    try {
      get(appName);
      return true;
    } catch (FlyApiException.NotFound e) {
      return false;
    }
  }

  /** The organization's apps. */
  public List<App> list(String orgSlug) {
    return list(orgSlug, Optional.empty());
  }

  /** The organization's apps with the given role (for example {@code postgres_cluster}). */
  public List<App> list(String orgSlug, Optional<String> appRole) {
    return api.json(ApiRequest.get("apps")
        .query("org_slug", Optional.of(requireSlug(orgSlug)))
        .query("app_role", appRole), Answers.AppList.class).apps();
  }

  /** Deletes the app with all its Machines and volumes. */
  public void delete(String appName) {
    api.send(ApiRequest.delete("apps", appName));
  }

  private static String requireSlug(String orgSlug) {
    if (orgSlug == null || orgSlug.isBlank()) {
      throw new IllegalArgumentException("orgSlug is blank: pass the organization slug (fly orgs list), e.g. personal");
    }
    return orgSlug;
  }
}
