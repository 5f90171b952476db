package dev.paperclipfly.tailscale;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.tailscale.model.DnsConfiguration;
import dev.paperclipfly.tailscale.model.DnsResolver;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TailnetDnsTest extends TailscaleApiTest {
  private static final String DNS = "/api/v2/tailnet/-/dns";

  @Test
  void readsAndReplacesNameservers() {
    wm.stubFor(get(DNS + "/nameservers").willReturn(okJson("{\"dns\":[\"8.8.8.8\"]}")));
    wm.stubFor(post(DNS + "/nameservers").willReturn(okJson("{\"dns\":[\"1.1.1.1\",\"8.8.8.8\"],\"magicDNS\":true}")));
    TailnetDns dns = apiTokenClient().dns();

    assertThat(dns.nameservers()).containsExactly("8.8.8.8");
    assertThat(dns.setNameservers(List.of("1.1.1.1", "8.8.8.8"))).containsExactly("1.1.1.1", "8.8.8.8");
    wm.verify(postRequestedFor(urlEqualTo(DNS + "/nameservers"))
        .withRequestBody(equalToJson("{\"dns\":[\"1.1.1.1\",\"8.8.8.8\"]}")));
  }

  @Test
  void turnsMagicDnsOn() {
    wm.stubFor(get(DNS + "/preferences").willReturn(okJson("{\"magicDNS\":false}")));
    wm.stubFor(post(DNS + "/preferences").willReturn(okJson("{\"magicDNS\":true}")));
    TailnetDns dns = apiTokenClient().dns();

    assertThat(dns.magicDns()).isFalse();
    assertThat(dns.setMagicDns(true)).isTrue();
    wm.verify(postRequestedFor(urlEqualTo(DNS + "/preferences")).withRequestBody(equalToJson("{\"magicDNS\":true}")));
  }

  @Test
  void readsAndReplacesSearchPaths() {
    wm.stubFor(get(DNS + "/searchpaths").willReturn(okJson("{\"searchPaths\":[\"user1.example.com\"]}")));
    wm.stubFor(post(DNS + "/searchpaths").willReturn(okJson("{\"searchPaths\":[\"corp.example.com\"]}")));
    TailnetDns dns = apiTokenClient().dns();

    assertThat(dns.searchPaths()).containsExactly("user1.example.com");
    assertThat(dns.setSearchPaths(List.of("corp.example.com"))).containsExactly("corp.example.com");
  }

  @Test
  void updatesSplitDnsClearingADomainWithNull() {
    wm.stubFor(patch(urlEqualTo(DNS + "/split-dns")).willReturn(okJson("{\"example.com\":[\"1.1.1.1\"]}")));

    Map<String, List<String>> after = apiTokenClient().dns()
        .updateSplitDns(Map.of("example.com", List.of("1.1.1.1")), Set.of("other.com"));

    assertThat(after).containsOnlyKeys("example.com");
    wm.verify(patchRequestedFor(urlEqualTo(DNS + "/split-dns"))
        .withRequestBody(equalToJson("{\"example.com\":[\"1.1.1.1\"],\"other.com\":null}")));
  }

  @Test
  void replacesAllSplitDnsAndReadsItBack() {
    wm.stubFor(put(urlEqualTo(DNS + "/split-dns")).willReturn(okJson("{}")));
    wm.stubFor(get(DNS + "/split-dns").willReturn(okJson("{\"example.com\":[\"1.1.1.1\",\"1.2.3.4\"]}")));
    TailnetDns dns = apiTokenClient().dns();

    assertThat(dns.replaceSplitDns(Map.of())).isEmpty();
    assertThat(dns.splitDns()).containsEntry("example.com", List.of("1.1.1.1", "1.2.3.4"));
    wm.verify(putRequestedFor(urlEqualTo(DNS + "/split-dns")).withRequestBody(equalToJson("{}")));
  }

  @Test
  void refusesToSetAndClearTheSameSplitDnsDomain() {
    assertThatThrownBy(() -> apiTokenClient().dns()
        .updateSplitDns(Map.of("example.com", List.of("1.1.1.1")), Set.of("example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("example.com");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void readsTheWholeDnsConfiguration() {
    wm.stubFor(get(DNS + "/configuration").willReturn(okJson(fixture("dns-configuration.json"))));

    DnsConfiguration c = apiTokenClient().dns().configuration();

    assertThat(c.nameservers()).containsExactly(
        DnsResolver.builder().address("8.8.8.8").useWithExitNode(true).build(),
        DnsResolver.builder().address("1.1.1.1").useWithExitNode(false).build());
    assertThat(c.splitDns().get("corp.example.com")).hasSize(2);
    assertThat(c.searchPaths()).containsExactly("user1.example.com", "user2.example.com");
    assertThat(c.magicDns()).isTrue();
    assertThat(c.overrideLocalDns()).isTrue();
  }

  @Test
  void writesTheWholeDnsConfiguration() {
    wm.stubFor(post(DNS + "/configuration").willReturn(okJson(fixture("dns-configuration.json"))));
    DnsConfiguration wanted = DnsConfiguration.builder()
        .addNameservers(DnsResolver.of("8.8.8.8"))
        .putSplitDns("corp.example.com", List.of(DnsResolver.builder().address("10.0.0.53").useWithExitNode(true).build()))
        .addSearchPaths("user1.example.com")
        .magicDns(true)
        .build();

    apiTokenClient().dns().setConfiguration(wanted);

    wm.verify(postRequestedFor(urlEqualTo(DNS + "/configuration")).withRequestBody(equalToJson("""
        {"nameservers":[{"address":"8.8.8.8","useWithExitNode":false}],
         "splitDNS":{"corp.example.com":[{"address":"10.0.0.53","useWithExitNode":true}]},
         "searchPaths":["user1.example.com"],
         "preferences":{"overrideLocalDNS":false,"magicDNS":true}}""")));
  }
}
