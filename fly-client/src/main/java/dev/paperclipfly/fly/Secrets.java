package dev.paperclipfly.fly;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.fly.internal.Answers;
import dev.paperclipfly.fly.internal.ApiRequest;
import dev.paperclipfly.fly.internal.ApiRequest.Repeat;
import dev.paperclipfly.fly.internal.ApiTransport;
import dev.paperclipfly.fly.model.AppSecret;
import dev.paperclipfly.fly.model.SecretsChange;
import dev.paperclipfly.fly.model.SecretsUpdate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * App secrets: {@code /v1/apps/{app}/secrets}. Obtain from {@link FlyClient#secrets()}. Secrets reach
 * running Machines only when they are updated or restarted; pass the returned version as
 * {@code min_secrets_version} to make sure they see it.
 */
public final class Secrets {
  private final ApiTransport api;

  Secrets(ApiTransport api) {
    this.api = api;
  }

  /** The app's secrets: names and digests, never values. */
  public List<AppSecret> list(String app) {
    return api.json(ApiRequest.get("apps", app, "secrets"), Answers.SecretList.class).secrets();
  }

  /** Sets and removes secrets in one request, and returns the new secrets version. */
  public SecretsUpdate update(String app, SecretsChange change) {
    ObjectNode values = api.json().createObjectNode();
    for (Map.Entry<String, Optional<Secret>> e : change.changes().entrySet()) {
      if (e.getValue().isPresent()) {
        // The value leaves its Secret only here, in the body of the request that sets it.
        values.put(e.getKey(), e.getValue().get().reveal());
      } else {
        values.putNull(e.getKey());
      }
    }
    ObjectNode body = api.json().createObjectNode();
    body.set("values", values);
    // Setting the same values again leaves the same secrets, so a repeat is safe.
    Answers.SecretsVersion answer = api.json(ApiRequest.post(Repeat.SAFE, "apps", app, "secrets").body(body),
        Answers.SecretsVersion.class);
    return SecretsUpdate.builder()
        .version(requireVersion(answer, "POST /v1/apps/" + app + "/secrets"))
        .secrets(answer.secrets())
        .build();
  }

  /** Removes one secret and returns the new secrets version. */
  public long delete(String app, String name) {
    Answers.SecretsVersion answer = api.json(ApiRequest.delete("apps", app, "secrets", name),
        Answers.SecretsVersion.class);
    return requireVersion(answer, "DELETE /v1/apps/" + app + "/secrets/" + name);
  }

  private static long requireVersion(Answers.SecretsVersion answer, String call) {
    return answer.anyVersion().orElseThrow(() -> new FlyApiException.MalformedResponse(
        call + " answered without the new secrets version", 200, Optional.empty(),
        new IllegalStateException("no version or Version field in the answer")));
  }
}
