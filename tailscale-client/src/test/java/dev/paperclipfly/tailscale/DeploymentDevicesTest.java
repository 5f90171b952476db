package dev.paperclipfly.tailscale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.tailscale.model.Device;
import dev.paperclipfly.tailscale.model.StaleDeviceCleanup;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeploymentDevicesTest extends TailscaleApiTest {
  private static final String DEVICES = "/api/v2/tailnet/-/devices";
  private static final String OLD = "/api/v2/device/nOLD4kg92CNTRL";

  private void paperclipDevices() {
    wm.stubFor(get(urlPathEqualTo(DEVICES)).willReturn(okJson(fixture("devices-paperclip.json"))));
  }

  @Test
  void findsTheNewestDeviceOfAHostnameEvenWhenItWasRenamedWithASuffix() {
    paperclipDevices();

    Device device = apiTokenClient().deployments().find("paperclip").orElseThrow();

    assertThat(device.name()).isEqualTo("paperclip-1.tail1234ab.ts.net");
    assertThat(device.nodeId()).isEqualTo("nNEW7kg92CNTRL");
    wm.verify(getRequestedFor(urlEqualTo(DEVICES + "?fields=all&hostname=paperclip")));
  }

  @Test
  void findsNothingForAHostnameNoDeviceUses() {
    wm.stubFor(get(urlPathEqualTo(DEVICES)).willReturn(okJson("{\"devices\":[]}")));

    assertThat(apiTokenClient().deployments().find("paperclip")).isEmpty();
  }

  @Test
  void ignoresDevicesOfOtherHostnamesIfTheServerDoesNotFilter() {
    String withStranger = fixture("devices-paperclip.json")
        .replaceFirst("\"hostname\": \"paperclip\"", "\"hostname\": \"paperclip-staging\"");
    wm.stubFor(get(urlPathEqualTo(DEVICES)).willReturn(okJson(withStranger)));

    assertThat(apiTokenClient().deployments().findAll("paperclip")).extracting(Device::nodeId)
        .containsExactly("nNEW7kg92CNTRL");
  }

  @Test
  void removesAnOfflineDeviceOlderThanTheCutoffAndKeepsTheNewest() {
    paperclipDevices();
    wm.stubFor(delete(OLD).willReturn(aResponse().withStatus(200)));

    StaleDeviceCleanup result = apiTokenClient().deployments().removeStale("paperclip", Duration.ofDays(7));

    assertThat(result.removed()).extracting(Device::nodeId).containsExactly("nOLD4kg92CNTRL");
    assertThat(result.kept()).extracting(Device::nodeId).containsExactly("nNEW7kg92CNTRL");
    wm.verify(1, deleteRequestedFor(anyUrl()));
  }

  @Test
  void keepsADeviceSeenMoreRecentlyThanTheCutoff() {
    paperclipDevices();

    // The old device was last seen 2026-11-20; 30 days back from 2026-12-03 is before that.
    StaleDeviceCleanup result = apiTokenClient().deployments().removeStale("paperclip", Duration.ofDays(30));

    assertThat(result.removed()).isEmpty();
    assertThat(result.kept()).hasSize(2);
    wm.verify(0, deleteRequestedFor(anyUrl()));
  }

  @Test
  void neverRemovesAnOnlineDeviceHoweverOld() {
    String bothOnline = fixture("devices-paperclip.json")
        .replace("\"connectedToControl\": false,\n      \"lastSeen\": \"2026-11-20T08:00:00Z\",",
            "\"connectedToControl\": true,");
    assertThat(bothOnline).doesNotContain("\"connectedToControl\": false");
    wm.stubFor(get(urlPathEqualTo(DEVICES)).willReturn(okJson(bothOnline)));

    StaleDeviceCleanup result = apiTokenClient().deployments().removeStale("paperclip", Duration.ofDays(1));

    assertThat(result.removed()).isEmpty();
    wm.verify(0, deleteRequestedFor(anyUrl()));
  }

  @Test
  void neverRemovesTheNewestDeviceEvenWhenItIsOfflineAndOld() {
    String newestOffline = fixture("devices-paperclip.json")
        .replace("\"created\": \"2026-12-03T11:50:00Z\",\n      \"connectedToControl\": true,",
            "\"created\": \"2026-11-05T11:50:00Z\",\n      \"connectedToControl\": false,\n"
                + "      \"lastSeen\": \"2026-11-06T00:00:00Z\",");
    assertThat(newestOffline).doesNotContain("\"connectedToControl\": true");
    wm.stubFor(get(urlPathEqualTo(DEVICES)).willReturn(okJson(newestOffline)));
    wm.stubFor(delete(OLD).willReturn(aResponse().withStatus(200)));

    StaleDeviceCleanup result = apiTokenClient().deployments().removeStale("paperclip", Duration.ofDays(7));

    assertThat(result.kept()).extracting(Device::nodeId).containsExactly("nNEW7kg92CNTRL");
    assertThat(result.removed()).extracting(Device::nodeId).containsExactly("nOLD4kg92CNTRL");
  }

  @Test
  void refusesANonPositiveAge() {
    assertThatThrownBy(() -> apiTokenClient().deployments().removeStale("paperclip", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("olderThan");
  }
}
