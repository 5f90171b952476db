package dev.paperclipfly.tailscale;

import dev.paperclipfly.tailscale.internal.ApiRequest;
import dev.paperclipfly.tailscale.internal.ApiResponse;
import dev.paperclipfly.tailscale.internal.JsonModels;
import dev.paperclipfly.tailscale.internal.RetrySafety;
import dev.paperclipfly.tailscale.internal.TailscaleHttp;
import dev.paperclipfly.tailscale.model.PolicyFile;
import dev.paperclipfly.tailscale.model.PolicyFormat;
import dev.paperclipfly.tailscale.model.PolicyPreview;
import dev.paperclipfly.tailscale.model.PolicyValidation;
import dev.paperclipfly.tailscale.model.PreviewType;
import java.util.Optional;

/**
 * The tailnet policy file ({@code /tailnet/{t}/acl}). Obtain from {@link TailscaleClient#policyFile()}.
 *
 * <p>Read-modify-write safely: {@link #get} returns the ETag, {@link #setIfUnchanged} sends it as
 * {@code If-Match}, and a concurrent edit makes the API refuse with
 * {@link TailscaleApiException.PreconditionFailed}.
 */
public final class TailnetPolicyFile {
  /** {@code If-Match} value that only replaces a policy file nobody has edited yet. */
  public static final String UNTOUCHED_DEFAULT_ETAG = "\"ts-default\"";

  private final TailscaleHttp http;
  private final JsonModels json;
  private final String aclPath;

  TailnetPolicyFile(TailscaleHttp http, JsonModels json, String tailnetPath) {
    this.http = http;
    this.json = json;
    this.aclPath = tailnetPath + "/acl";
  }

  /** The policy file in the given format, with its ETag. HuJSON keeps comments; JSON does not. */
  public PolicyFile get(PolicyFormat format) {
    ApiRequest call = ApiRequest.get(aclPath).withHeader("Accept", format.mediaType());
    return policyFile(call, http.send(call), format);
  }

  /**
   * Replaces the policy file unconditionally, overwriting any concurrent edit. Prefer
   * {@link #setIfUnchanged}.
   */
  public PolicyFile set(String content, PolicyFormat format) {
    ApiRequest call = ApiRequest.withBody("POST", aclPath, format.mediaType(), content, RetrySafety.IDEMPOTENT)
        .withHeader("Accept", format.mediaType());
    return policyFile(call, http.send(call), format);
  }

  /**
   * Replaces the policy file only if it still has {@code etag}.
   *
   * <p>Not retried after a 5xx or a lost answer: the write may have happened, and repeating it would
   * then fail with 412 although it succeeded.
   *
   * @param etag the ETag from {@link #get} (quoted or not), or {@link #UNTOUCHED_DEFAULT_ETAG}
   * @throws TailscaleApiException.PreconditionFailed when the file changed since it was read
   * @throws TailscaleApiException.BadRequest when the file does not parse or its tests fail
   */
  public PolicyFile setIfUnchanged(String content, PolicyFormat format, String etag) {
    ApiRequest call = ApiRequest.withBody("POST", aclPath, format.mediaType(), content,
            RetrySafety.ONLY_IF_NOT_PROCESSED)
        .withHeader("Accept", format.mediaType())
        .withHeader("If-Match", quote(etag));
    return policyFile(call, http.send(call), format);
  }

  /**
   * Checks a candidate policy file (parse, and run its {@code tests}) without saving it. The API
   * answers 200 even when tests fail; see {@link PolicyValidation#passed()}.
   */
  public PolicyValidation validate(String content, PolicyFormat format) {
    ApiRequest call = ApiRequest.withBody("POST", aclPath + "/validate", format.mediaType(), content,
        RetrySafety.IDEMPOTENT);
    return json.policyValidation(call, http.send(call).body());
  }

  /** The rules of a candidate policy file that would apply to a user or an address and port. */
  public PolicyPreview preview(String content, PolicyFormat format, PreviewType type, String previewFor) {
    ApiRequest call = ApiRequest.withBody("POST", aclPath + "/preview", format.mediaType(), content,
            RetrySafety.IDEMPOTENT)
        .withQuery("type", type.wire())
        .withQuery("previewFor", previewFor);
    return json.policyPreview(call, http.send(call).body());
  }

  private PolicyFile policyFile(ApiRequest call, ApiResponse response, PolicyFormat format) {
    if (format == PolicyFormat.JSON) {
      json.parse(call, response.body()); // fail here, not later, if the answer is not JSON
    }
    Optional<String> etag = response.header("ETag");
    return PolicyFile.builder().content(response.body()).format(format).etag(etag).build();
  }

  private static String quote(String etag) {
    String bare = etag.strip();
    if (bare.startsWith("W/")) {
      bare = bare.substring(2);
    }
    bare = bare.replaceAll("^\"|\"$", "");
    if (bare.isEmpty()) {
      throw new IllegalArgumentException("etag is empty: pass the ETag from get(...) or UNTOUCHED_DEFAULT_ETAG");
    }
    return "\"" + bare + "\"";
  }
}
