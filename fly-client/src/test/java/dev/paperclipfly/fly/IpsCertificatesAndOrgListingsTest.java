package dev.paperclipfly.fly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.fly.model.AssignIpRequest;
import dev.paperclipfly.fly.model.CertificateSummary;
import dev.paperclipfly.fly.model.IpAssignment;
import dev.paperclipfly.fly.model.OrgListFilter;
import dev.paperclipfly.fly.model.OrgMachine;
import dev.paperclipfly.fly.testkit.FlyApiStub;
import dev.paperclipfly.fly.testkit.FlyFixtures;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IpsCertificatesAndOrgListingsTest {
  @RegisterExtension final FlyApiStub fly = new FlyApiStub();

  private static final String IPS = "/v1/apps/paperclip/ip_assignments";

  @Test
  void aFlycastAddressIsAllocatedAsPrivateV6OnTheAppsNetwork() {
    fly.stub(post(urlEqualTo(IPS)).willReturn(okJson(
        "{\"ip\": \"fdaa:0:1:0::3\", \"region\": \"global\", \"shared\": false, \"created_at\": \"2026-01-01T00:00:00Z\"}")));

    IpAssignment ip = fly.client().ipAssignments().allocate("paperclip",
        AssignIpRequest.builder().type("private_v6").network("pc-net").orgSlug("personal").build());

    assertThat(ip.ip()).startsWith("fdaa:");
    fly.server().verify(postRequestedFor(urlEqualTo(IPS)).withRequestBody(equalToJson(
        "{\"type\": \"private_v6\", \"network\": \"pc-net\", \"org_slug\": \"personal\"}")));
  }

  @Test
  void addressesAreListedAndReleased() {
    fly.stub(get(urlEqualTo(IPS)).willReturn(okJson(
        "{\"ips\": [{\"ip\": \"2a09:8280:1::1\", \"region\": \"global\", \"shared\": false}]}")));
    fly.stub(delete(urlPathEqualTo(IPS + "/2a09:8280:1::1")).willReturn(aResponse().withStatus(204)));

    List<IpAssignment> ips = fly.client().ipAssignments().list("paperclip");
    fly.client().ipAssignments().release("paperclip", ips.get(0).ip());

    fly.server().verify(deleteRequestedFor(urlPathEqualTo(IPS + "/2a09:8280:1::1")));
  }

  @Test
  void certificatesArePagedLazilyWithTheCursor() {
    String cert = "{\"hostname\": \"%s\", \"status\": \"active\", \"configured\": true, \"acme_requested\": true}";
    fly.stub(get(urlEqualTo("/v1/apps/paperclip/certificates?limit=100")).willReturn(okJson(
        "{\"total_count\": 2, \"next_cursor\": \"c2\", \"certificates\": [" + cert.formatted("a.example.com") + "]}")));
    fly.stub(get(urlEqualTo("/v1/apps/paperclip/certificates?cursor=c2&limit=100")).willReturn(okJson(
        "{\"total_count\": 2, \"certificates\": [" + cert.formatted("b.example.com") + "]}")));

    Iterator<CertificateSummary> it = fly.client().certificates().list("paperclip").iterator();
    assertThat(it.next().hostname()).isEqualTo("a.example.com");
    assertThat(fly.served()).hasSize(1);
    assertThat(it.next().hostname()).isEqualTo("b.example.com");
    assertThat(it.hasNext()).isFalse();
    assertThat(fly.served()).hasSize(2);
  }

  @Test
  void acmeRequestCheckGetAndDeleteUseTheHostnamePaths() {
    String detail = "{\"hostname\": \"pc.example.com\", \"status\": \"pending_validation\", \"configured\": false,"
        + " \"dns_requirements\": {\"a\": [\"66.241.124.1\"], \"aaaa\": [\"2a09:8280:1::1\"], \"cname\": \"paperclip.fly.dev\"}}";
    fly.stub(post(urlEqualTo("/v1/apps/paperclip/certificates/acme"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(detail)));
    fly.stub(get(urlEqualTo("/v1/apps/paperclip/certificates/pc.example.com")).willReturn(okJson(detail)));
    fly.stub(post(urlEqualTo("/v1/apps/paperclip/certificates/pc.example.com/check")).willReturn(okJson(
        "{\"hostname\": \"pc.example.com\", \"status\": \"active\", \"dns_records\": {\"a\": [\"66.241.124.1\"]}}")));
    fly.stub(delete(urlEqualTo("/v1/apps/paperclip/certificates/pc.example.com")).willReturn(aResponse().withStatus(204)));
    Certificates certs = fly.client().certificates();

    assertThat(certs.requestAcme("paperclip", "pc.example.com").dnsRequirements().orElseThrow().cname())
        .contains("paperclip.fly.dev");
    assertThat(certs.get("paperclip", "pc.example.com").status()).contains("pending_validation");
    assertThat(certs.check("paperclip", "pc.example.com").status()).contains("active");
    certs.delete("paperclip", "pc.example.com");

    fly.server().verify(postRequestedFor(urlEqualTo("/v1/apps/paperclip/certificates/acme"))
        .withRequestBody(equalToJson("{\"hostname\": \"pc.example.com\"}")));
  }

  @Test
  void orgMachinesArePagedLazilyOnePageAtATime() {
    fly.stub(get(urlPathEqualTo("/v1/orgs/personal/machines")).withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
        .willReturn(okJson(FlyFixtures.orgMachinesPage(0, 3, Optional.of("p2")))));
    fly.stub(get(urlPathEqualTo("/v1/orgs/personal/machines")).withQueryParam("cursor", equalTo("p2"))
        .willReturn(okJson(FlyFixtures.orgMachinesPage(3, 2, Optional.empty()))));

    Stream<OrgMachine> stream = fly.client().machines().listOrg("personal", OrgListFilter.builder()
        .pageSize(3).summary(true).updatedAfter(Instant.parse("2025-12-01T00:00:00Z")).build());
    assertThat(fly.served()).isEmpty();

    List<String> first = stream.limit(2).map(OrgMachine::id).collect(Collectors.toList());

    assertThat(first).containsExactly("m000000", "m000001");
    assertThat(fly.served()).hasSize(1);
    fly.server().verify(getRequestedFor(urlEqualTo(
        "/v1/orgs/personal/machines?summary=true&updated_after=2025-12-01T00%3A00%3A00Z&limit=3")));
  }

  @Test
  void orgMachinesStreamEndsAfterThePageWithoutCursor() {
    fly.stub(get(urlPathEqualTo("/v1/orgs/personal/machines")).withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
        .willReturn(okJson(FlyFixtures.orgMachinesPage(0, 3, Optional.of("p2")))));
    fly.stub(get(urlPathEqualTo("/v1/orgs/personal/machines")).withQueryParam("cursor", equalTo("p2"))
        .willReturn(okJson(FlyFixtures.orgMachinesPage(3, 2, Optional.empty()))));

    assertThat(fly.client().machines().listOrg("personal", OrgListFilter.builder().build()).count()).isEqualTo(5);
    assertThat(fly.served()).hasSize(2);
  }

  @Test
  void orgVolumesArePagedToo() {
    String vol = "{\"id\": \"vol_%d\", \"app_name\": \"paperclip\", \"name\": \"data\", \"size_gb\": 1, \"state\": \"created\"}";
    fly.stub(get(urlPathEqualTo("/v1/orgs/personal/volumes")).withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
        .willReturn(okJson("{\"volumes\": [" + vol.formatted(1) + "], \"next_cursor\": \"v2\"}")));
    fly.stub(get(urlPathEqualTo("/v1/orgs/personal/volumes")).withQueryParam("cursor", equalTo("v2"))
        .willReturn(okJson("{\"volumes\": [" + vol.formatted(2) + "]}")));

    assertThat(fly.client().volumes().listOrg("personal", OrgListFilter.builder().build()).map(v -> v.id()))
        .containsExactly("vol_1", "vol_2");
  }
}
