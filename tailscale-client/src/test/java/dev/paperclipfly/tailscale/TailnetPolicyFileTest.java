package dev.paperclipfly.tailscale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.tailscale.model.PolicyFile;
import dev.paperclipfly.tailscale.model.PolicyFormat;
import dev.paperclipfly.tailscale.model.PolicyPreview;
import dev.paperclipfly.tailscale.model.PolicyValidation;
import dev.paperclipfly.tailscale.model.PreviewType;
import org.junit.jupiter.api.Test;

class TailnetPolicyFileTest extends TailscaleApiTest {
  private static final String ACL = "/api/v2/tailnet/-/acl";

  @Test
  void readsThePolicyFileAsHuJsonWithItsEtag() {
    wm.stubFor(get(ACL).withHeader("Accept", equalTo("application/hujson")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/hujson").withHeader("ETag", "\"e0b2816b418b\"")
        .withBody(fixture("policy.hujson"))));

    PolicyFile p = apiTokenClient().policyFile().get(PolicyFormat.HUJSON);

    assertThat(p.content()).startsWith("// Example/default ACLs");
    assertThat(p.etag()).contains("\"e0b2816b418b\"");
    assertThat(p.format()).isEqualTo(PolicyFormat.HUJSON);
  }

  @Test
  void readsThePolicyFileAsJson() {
    wm.stubFor(get(ACL).withHeader("Accept", equalTo("application/json")).willReturn(okJson(fixture("policy.json"))
        .withHeader("ETag", "\"abc\"")));

    PolicyFile p = apiTokenClient().policyFile().get(PolicyFormat.JSON);

    assertThat(p.content()).contains("tag:paperclip");
    assertThat(p.etag()).contains("\"abc\"");
  }

  @Test
  void setsThePolicyFileOnlyIfItsEtagStillMatches() {
    wm.stubFor(post(ACL).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/hujson")
        .withHeader("ETag", "\"new1\"").withBody(fixture("policy.hujson"))));

    PolicyFile after = apiTokenClient().policyFile()
        .setIfUnchanged(fixture("policy.hujson"), PolicyFormat.HUJSON, "e0b2816b418b");

    wm.verify(postRequestedFor(urlEqualTo(ACL))
        .withHeader("If-Match", equalTo("\"e0b2816b418b\""))
        .withHeader("Content-Type", equalTo("application/hujson")));
    assertThat(after.etag()).contains("\"new1\"");
  }

  @Test
  void refusesAStaleEtagWithPreconditionFailed() {
    wm.stubFor(post(ACL).willReturn(aResponse().withStatus(412).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"precondition failed, invalid old hash\"}")));

    assertThatThrownBy(() -> apiTokenClient().policyFile()
        .setIfUnchanged(fixture("policy.json"), PolicyFormat.JSON, "\"stale\""))
        .isInstanceOf(TailscaleApiException.PreconditionFailed.class)
        .hasMessageContaining("invalid old hash")
        .hasMessageContaining("read it again");
    wm.verify(1, postRequestedFor(urlEqualTo(ACL)));
  }

  @Test
  void doesNotRepeatAConditionalSetAfterAServerError() {
    wm.stubFor(post(ACL).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"bad gateway\"}")));

    assertThatThrownBy(() -> apiTokenClient().policyFile()
        .setIfUnchanged(fixture("policy.json"), PolicyFormat.JSON, "\"e1\""))
        .isInstanceOf(TailscaleApiException.ServerError.class);
    wm.verify(1, postRequestedFor(urlEqualTo(ACL)));
  }

  @Test
  void reportsFailedPolicyTestsFromA200Answer() {
    wm.stubFor(post(ACL + "/validate").willReturn(okJson("""
        {"message":"test(s) failed","data":[{"user":"user1@example.com",
          "errors":["address \\"2.2.2.2:22\\": want: Drop, got: Accept"]}]}""")));

    PolicyValidation v = apiTokenClient().policyFile().validate(fixture("policy.json"), PolicyFormat.JSON);

    assertThat(v.passed()).isFalse();
    assertThat(v.message()).contains("test(s) failed");
    assertThat(v.results().get(0).errors()).singleElement().asString().contains("want: Drop");
  }

  @Test
  void passesAValidationThatOnlyWarns() {
    wm.stubFor(post(ACL + "/validate").willReturn(okJson("""
        {"message":"warning(s) found","data":[{"user":"group:unknown@example.com",
          "warnings":["group is not syncing from SCIM and will be ignored by rules in the policy file"]}]}""")));

    assertThat(apiTokenClient().policyFile().validate(fixture("policy.json"), PolicyFormat.JSON).passed()).isTrue();
  }

  @Test
  void passesAValidationAnsweredWithAnEmptyObject() {
    wm.stubFor(post(ACL + "/validate").willReturn(okJson("{}")));

    assertThat(apiTokenClient().policyFile().validate(fixture("policy.json"), PolicyFormat.JSON).passed()).isTrue();
  }

  @Test
  void previewsTheRulesMatchingAUser() {
    wm.stubFor(post(urlPathEqualTo(ACL + "/preview")).willReturn(okJson("""
        {"matches":[{"users":["*"],"ports":["*:*"],"lineNumber":12}],"type":"user","previewFor":"user1@example.com"}""")));

    PolicyPreview p = apiTokenClient().policyFile()
        .preview(fixture("policy.json"), PolicyFormat.JSON, PreviewType.USER, "user1@example.com");

    assertThat(p.matches()).singleElement().satisfies(m -> assertThat(m.lineNumber()).isEqualTo(12));
    wm.verify(postRequestedFor(urlEqualTo(ACL + "/preview?type=user&previewFor=user1%40example.com")));
  }

  @Test
  void failsEarlyWhenAJsonPolicyAnswerIsNotJson() {
    spec.expectMalformedAnswers();
    wm.stubFor(get(ACL).willReturn(okJson("// comment { not json")));

    assertThatThrownBy(() -> apiTokenClient().policyFile().get(PolicyFormat.JSON))
        .isInstanceOf(TailscaleResponseException.class);
    wm.verify(getRequestedFor(urlEqualTo(ACL)).withHeader("Accept", equalTo("application/json")));
  }
}
