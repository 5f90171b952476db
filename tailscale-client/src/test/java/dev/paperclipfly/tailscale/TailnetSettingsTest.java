package dev.paperclipfly.tailscale;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.tailscale.model.TailnetSettings;
import org.junit.jupiter.api.Test;

class TailnetSettingsTest extends TailscaleApiTest {
  private static final String SETTINGS = "/api/v2/tailnet/-/settings";

  @Test
  void readsTheSettingsIncludingHttpsEnabled() {
    wm.stubFor(get(SETTINGS).willReturn(okJson(fixture("settings.json"))));

    TailnetSettings s = apiTokenClient().settings().get();

    assertThat(s.httpsEnabled()).contains(false);
    assertThat(s.devicesKeyDurationDays()).contains(180);
    assertThat(s.usersRoleAllowedToJoinExternalTailnets()).contains("admin");
    assertThat(s.aclsExternalLink()).contains("https://github.com/example/tailnet-policy");
  }

  @Test
  void sendsOnlyTheSettingsBeingChanged() {
    wm.stubFor(patch(urlEqualTo(SETTINGS)).willReturn(okJson(fixture("settings.json").replace(
        "\"httpsEnabled\": false", "\"httpsEnabled\": true"))));

    TailnetSettings after = apiTokenClient().settings().update(TailnetSettings.builder().httpsEnabled(true).build());

    assertThat(after.httpsEnabled()).contains(true);
    wm.verify(patchRequestedFor(urlEqualTo(SETTINGS)).withRequestBody(equalToJson("{\"httpsEnabled\":true}")));
  }

  @Test
  void turnsHttpsOnOnlyWhenItIsOff() {
    wm.stubFor(get(SETTINGS).willReturn(okJson(fixture("settings.json"))));
    wm.stubFor(patch(urlEqualTo(SETTINGS)).willReturn(okJson(fixture("settings.json"))));

    assertThat(apiTokenClient().settings().ensureHttpsEnabled()).isTrue();
    wm.verify(1, patchRequestedFor(anyUrl()));
  }

  @Test
  void leavesHttpsAloneWhenItIsOnAlready() {
    wm.stubFor(get(SETTINGS).willReturn(okJson(fixture("settings.json").replace(
        "\"httpsEnabled\": false", "\"httpsEnabled\": true"))));

    assertThat(apiTokenClient().settings().ensureHttpsEnabled()).isFalse();
    wm.verify(0, patchRequestedFor(anyUrl()));
  }

  @Test
  void refusesAKeyDurationOutsideOneTo180Days() {
    assertThatThrownBy(() -> TailnetSettings.builder().devicesKeyDurationDays(181).build())
        .hasMessageContaining("devicesKeyDurationDays")
        .hasMessageContaining("181");
  }
}
