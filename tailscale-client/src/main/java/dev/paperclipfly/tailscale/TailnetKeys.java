package dev.paperclipfly.tailscale;

import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationException;
import dev.paperclipfly.core.validation.ValidationResult;
import dev.paperclipfly.tailscale.internal.ApiRequest;
import dev.paperclipfly.tailscale.internal.JsonModels;
import dev.paperclipfly.tailscale.internal.RetrySafety;
import dev.paperclipfly.tailscale.internal.TailscaleHttp;
import dev.paperclipfly.tailscale.model.AuthKeyRequest;
import dev.paperclipfly.tailscale.model.TailnetKey;
import java.util.List;
import java.util.Optional;

/** Auth keys of the tailnet ({@code /tailnet/{t}/keys}). Obtain from {@link TailscaleClient#keys()}. */
public final class TailnetKeys {
  private final TailscaleHttp http;
  private final JsonModels json;
  private final String keysPath;
  private final boolean ownedByTailnet;

  TailnetKeys(TailscaleHttp http, JsonModels json, String tailnetPath, boolean oauthCredentials) {
    this.http = http;
    this.json = json;
    this.keysPath = tailnetPath + "/keys";
    this.ownedByTailnet = oauthCredentials;
  }

  /**
   * Every problem the API would reject this request for, including the OAuth tag rule for this
   * client's credentials.
   */
  public ValidationResult validate(AuthKeyRequest request) {
    ValidationResult result = request.validate();
    if (ownedByTailnet && request.tags().isEmpty()) {
      result = result.and(new ValidationResult(List.of(Problem.error("tags",
          "is empty, but this client uses OAuth credentials: keys made with OAuth belong to the tailnet, "
              + "not a user, and Tailscale requires tailnet-owned keys to carry tags; add the OAuth client's "
              + "tags (or tags they own), e.g. tag:paperclip"))));
    }
    return result;
  }

  /**
   * Creates an auth key. The returned key's {@link TailnetKey#key()} holds the secret; the API never
   * shows it again.
   *
   * <p>Not blindly retried: Tailscale has no idempotency keys, so after a 5xx, timeout or reset the
   * key may exist already. Only a 429 or a connection that never opened is retried; otherwise the
   * error surfaces and the caller can list keys before trying again.
   *
   * @throws ValidationException before sending, listing every problem (description over 50
   *     characters, malformed tags, OAuth without tags, ...)
   * @throws TailscaleApiException.BadRequest e.g. when the credential may not use the tags
   */
  public TailnetKey createAuthKey(AuthKeyRequest request) {
    validate(request).throwIfInvalid("auth key request");
    ApiRequest call = ApiRequest.json("POST", keysPath, json.createAuthKeyBody(request),
        RetrySafety.ONLY_IF_NOT_PROCESSED);
    return json.key(call, http.send(call).body());
  }

  /**
   * Keys visible to these credentials.
   *
   * @param all true for every auth key, API token and OAuth client of the tailnet; false for the
   *     caller's own (a user's keys, or the tailnet's OAuth-created ones)
   */
  public List<TailnetKey> list(boolean all) {
    // The spec marks "all" as required, so it is always sent.
    ApiRequest call = ApiRequest.get(keysPath).withQuery("all", Boolean.toString(all));
    return json.keys(call, http.send(call).body());
  }

  /**
   * One key. A revoked or expired key is still returned, with {@link TailnetKey#invalid()} true.
   *
   * @throws TailscaleApiException.NotFound when the API no longer knows the key
   */
  public TailnetKey get(String keyId) {
    ApiRequest call = ApiRequest.get(keysPath + "/" + ApiRequest.segment(keyId));
    return json.key(call, http.send(call).body());
  }

  /**
   * One key, or empty when the API no longer knows it. Tailscale answers either 404 or a key marked
   * {@code invalid} once a key is revoked or expired; {@link TailnetKey#usableAt} covers the second.
   */
  public Optional<TailnetKey> find(String keyId) {
    try {
      return Optional.of(get(keyId));
    } catch (TailscaleApiException.NotFound gone) {
      return Optional.empty();
    }
  }

  /**
   * Revokes a key. Deleting a key that is already gone (404) is not an error: a used single-use key
   * may have vanished on its own.
   *
   * @return true when the key was deleted now, false when it was already gone
   */
  public boolean delete(String keyId) {
    try {
      http.send(ApiRequest.delete(keysPath + "/" + ApiRequest.segment(keyId)));
      return true;
    } catch (TailscaleApiException.NotFound gone) {
      return false;
    }
  }
}
