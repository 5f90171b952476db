package dev.paperclipfly.tailscale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.tailscale.model.Device;
import dev.paperclipfly.tailscale.model.DeviceQuery;
import dev.paperclipfly.tailscale.model.DeviceRoutes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailnetDevicesTest extends TailscaleApiTest {
  private static final String DEVICES = "/api/v2/tailnet/-/devices";
  private static final String DEVICE = "/api/v2/device/n292kg92CNTRL";

  @Test
  void listsDevicesWithAllFieldsAndServerSideFilters() {
    wm.stubFor(get(urlPathEqualTo(DEVICES)).willReturn(okJson(fixture("devices-paperclip.json"))));

    List<Device> devices = apiTokenClient().devices().list(DeviceQuery.builder()
        .putFilters("tags", List.of("tag:paperclip", "tag:prod"))
        .putFilters("isEphemeral", List.of("false"))
        .build());

    wm.verify(getRequestedFor(urlEqualTo(
        DEVICES + "?fields=all&tags=tag%3Apaperclip&tags=tag%3Aprod&isEphemeral=false")));
    assertThat(devices).extracting(Device::name)
        .containsExactly("paperclip.tail1234ab.ts.net", "paperclip-1.tail1234ab.ts.net");
  }

  @Test
  void readsEveryFieldOfADevice() {
    wm.stubFor(get(urlPathEqualTo(DEVICE)).willReturn(okJson(fixture("device-all-fields.json"))));

    Device d = apiTokenClient().devices().get("n292kg92CNTRL");

    wm.verify(getRequestedFor(urlEqualTo(DEVICE + "?fields=all")));
    assertThat(d.nodeId()).isEqualTo("n292kg92CNTRL");
    assertThat(d.hostname()).isEqualTo("pangolin");
    assertThat(d.addresses()).containsExactly("100.87.74.78", "fd7a:115c:a1e0:ac82:4843:ca90:697d:c36e");
    assertThat(d.created()).contains(Instant.parse("2022-12-01T05:23:30Z"));
    assertThat(d.authorized()).isTrue();
    assertThat(d.enabledRoutes()).containsExactly("10.0.0.0/16");
    assertThat(d.advertisedRoutes()).containsExactly("10.0.0.0/16", "192.168.1.0/24");
    assertThat(d.sshEnabled()).contains(true);
    assertThat(d.tags()).containsExactly("tag:golink");
    assertThat(d.magicDnsName().get().suffix()).isEqualTo("tailfe8c.ts.net");
  }

  @Test
  void readsTimestampsSentAsEmptyStringsAsAbsent() {
    String body = fixture("device-all-fields.json")
        .replace("\"lastSeen\": \"2022-12-01T05:23:30Z\"", "\"lastSeen\": \"\"")
        .replace("\"expires\": \"2023-05-30T04:44:05Z\"", "\"expires\": \"\"");
    assertThat(body).contains("\"lastSeen\": \"\"").contains("\"expires\": \"\"");
    wm.stubFor(get(urlPathEqualTo(DEVICE)).willReturn(okJson(body)));

    Device d = apiTokenClient().devices().get("n292kg92CNTRL");

    assertThat(d.lastSeen()).isEmpty();
    assertThat(d.expires()).isEmpty();
    assertThat(d.created()).isPresent();
  }

  @Test
  void deletesADeviceAndReportsOneAlreadyGone() {
    wm.stubFor(delete(DEVICE).willReturn(aResponse().withStatus(200)));
    wm.stubFor(delete("/api/v2/device/nGONE1CNTRL").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"not found\"}")));
    TailscaleClient ts = apiTokenClient();

    assertThat(ts.devices().delete("n292kg92CNTRL")).isTrue();
    assertThat(ts.devices().delete("nGONE1CNTRL")).isFalse();
    wm.verify(deleteRequestedFor(urlEqualTo(DEVICE)));
  }

  @Test
  void authorizesADevice() {
    wm.stubFor(post(DEVICE + "/authorized").willReturn(aResponse().withStatus(200)));

    apiTokenClient().devices().authorize("n292kg92CNTRL", true);

    wm.verify(postRequestedFor(urlEqualTo(DEVICE + "/authorized")).withRequestBody(equalToJson("{\"authorized\":true}")));
  }

  @Test
  void setsTagsNameAndKeyExpiry() {
    wm.stubFor(post(DEVICE + "/tags").willReturn(aResponse().withStatus(200)));
    wm.stubFor(post(DEVICE + "/name").willReturn(aResponse().withStatus(200)));
    wm.stubFor(post(DEVICE + "/key").willReturn(aResponse().withStatus(200)));
    TailnetDevices devices = apiTokenClient().devices();

    devices.setTags("n292kg92CNTRL", List.of("tag:paperclip"));
    devices.setName("n292kg92CNTRL", "paperclip");
    devices.setKeyExpiryDisabled("n292kg92CNTRL", true);

    wm.verify(postRequestedFor(urlEqualTo(DEVICE + "/tags")).withRequestBody(equalToJson("{\"tags\":[\"tag:paperclip\"]}")));
    wm.verify(postRequestedFor(urlEqualTo(DEVICE + "/name")).withRequestBody(equalToJson("{\"name\":\"paperclip\"}")));
    wm.verify(postRequestedFor(urlEqualTo(DEVICE + "/key")).withRequestBody(equalToJson("{\"keyExpiryDisabled\":true}")));
  }

  @Test
  void refusesTagsTheCallerMayNotUseWithABadRequest() {
    wm.stubFor(post(DEVICE + "/tags").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"requested tags [tag:prod] are invalid or not permitted\"}")));

    assertThatThrownBy(() -> apiTokenClient().devices().setTags("n292kg92CNTRL", List.of("tag:prod")))
        .isInstanceOf(TailscaleApiException.BadRequest.class)
        .hasMessageContaining("not permitted");
  }

  @Test
  void readsAndReplacesSubnetRoutes() {
    wm.stubFor(get(DEVICE + "/routes").willReturn(okJson(
        "{\"advertisedRoutes\":[\"10.0.0.0/16\",\"192.168.1.0/24\"],\"enabledRoutes\":[]}")));
    wm.stubFor(post(DEVICE + "/routes").willReturn(okJson(
        "{\"advertisedRoutes\":[\"10.0.0.0/16\",\"192.168.1.0/24\"],\"enabledRoutes\":[\"10.0.0.0/16\"]}")));
    TailnetDevices devices = apiTokenClient().devices();

    DeviceRoutes before = devices.routes("n292kg92CNTRL");
    DeviceRoutes after = devices.setRoutes("n292kg92CNTRL", List.of("10.0.0.0/16"));

    assertThat(before.enabledRoutes()).isEmpty();
    assertThat(after.enabledRoutes()).containsExactly("10.0.0.0/16");
    wm.verify(postRequestedFor(urlEqualTo(DEVICE + "/routes")).withRequestBody(equalToJson("{\"routes\":[\"10.0.0.0/16\"]}")));
  }

  @Test
  void expiresADeviceKey() {
    wm.stubFor(post(DEVICE + "/expire").willReturn(aResponse().withStatus(200)));

    apiTokenClient().devices().expireKey("n292kg92CNTRL");

    wm.verify(postRequestedFor(urlEqualTo(DEVICE + "/expire")));
  }

  @Test
  void derivesTheMagicDnsSuffixFromADeviceName() {
    wm.stubFor(get(urlPathEqualTo(DEVICES)).willReturn(okJson(fixture("devices-paperclip.json"))));

    assertThat(apiTokenClient().devices().magicDnsSuffix()).contains("tail1234ab.ts.net");
    wm.verify(getRequestedFor(urlEqualTo(DEVICES + "?fields=default")));
  }

  @Test
  void hasNoMagicDnsSuffixForATailnetWithoutDevices() {
    wm.stubFor(get(urlPathEqualTo(DEVICES)).willReturn(okJson("{\"devices\":[]}")));

    assertThat(apiTokenClient().devices().magicDnsSuffix()).isEmpty();
  }

  @Test
  void reportsANonexistentDeviceAsNotFound() {
    wm.stubFor(get(urlPathEqualTo("/api/v2/device/nNOPE1CNTRL")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"not found\"}")));

    assertThatThrownBy(() -> apiTokenClient().devices().get("nNOPE1CNTRL"))
        .isInstanceOfSatisfying(TailscaleApiException.NotFound.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo("/api/v2/device/nNOPE1CNTRL");
        });
  }
}
