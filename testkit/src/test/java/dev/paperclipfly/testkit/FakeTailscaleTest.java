package dev.paperclipfly.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FakeTailscaleTest {
  private static final String AUTH_KEY = "{\"capabilities\":{\"devices\":{\"create\":{\"reusable\":true,"
      + "\"ephemeral\":false,\"preauthorized\":true,\"tags\":[\"tag:paperclip\"]}}},\"expirySeconds\":86400,"
      + "\"description\":\"paperclip-fly pc-one\"}";

  private FakeTailscale ts;
  private ApiCaller api;

  @BeforeEach
  void start() {
    ts = FakeTailscale.start();
    api = new ApiCaller(ts.baseUri());
  }

  @AfterEach
  void stop() {
    ts.close();
  }

  private ApiCaller.Answer checked(String operation, ApiCaller.Answer a) {
    return a;
  }

  private List<String> specProblems() {
    return ApiConformance.tailscale(ts.requests().all());
  }

  @Test
  void everyAnswerValidatesAgainstTheSpec() {
    String id = checked("createKey", api.post("/tailnet/-/keys", AUTH_KEY)).json().path("id").asString();
    checked("listTailnetKeys", api.get("/tailnet/-/keys?all=true"));
    checked("getKey", api.get("/tailnet/-/keys/" + id));
    checked("getKey", api.get("/tailnet/-/keys/kMissingCNTRL"));
    checked("listTailnetDevices", api.get("/tailnet/-/devices"));
    checked("getTailnetSettings", api.get("/tailnet/-/settings"));
    checked("updateTailnetSettings", api.send("PATCH", "/tailnet/-/settings", "{\"httpsEnabled\":true}"));
    checked("getDnsPreferences", api.get("/tailnet/-/dns/preferences"));
    checked("setDnsPreferences", api.post("/tailnet/-/dns/preferences", "{\"magicDNS\":true}"));
    checked("deleteKey", api.send("DELETE", "/tailnet/-/keys/" + id, null));

    assertThat(specProblems()).isEmpty();
  }

  @Test
  void anAuthKeysSecretIsShownOnceAtCreation() {
    JsonNode created = api.post("/tailnet/-/keys", AUTH_KEY).json();
    String id = created.path("id").asString();

    assertThat(created.path("key").asString()).startsWith("tskey-auth-");
    assertThat(api.get("/tailnet/-/keys/" + id).json().has("key")).isFalse();
    assertThat(api.get("/tailnet/-/keys?all=true").json().path("keys").get(0).has("key")).isFalse();
    assertThat(created.path("capabilities").path("devices").path("create").path("reusable").asBoolean()).isTrue();
  }

  @Test
  void aRevokedKeyStaysListedAsInvalid() {
    String id = api.post("/tailnet/-/keys", AUTH_KEY).json().path("id").asString();
    ts.state().revokeKey(id);

    assertThat(api.get("/tailnet/-/keys/" + id).json().path("invalid").asBoolean()).isTrue();
  }

  @Test
  void aKeyWithoutADevicesCapabilityIsRefusedWithAMessage() {
    ApiCaller.Answer a = checked("createKey", api.post("/tailnet/-/keys", "{\"capabilities\":{}}"));

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().path("message").asString()).contains("capabilities.devices");
  }

  @Test
  void patchingSettingsChangesOnlyTheFieldsSent() {
    JsonNode after = api.send("PATCH", "/tailnet/-/settings", "{\"httpsEnabled\":true}").json();

    assertThat(after.path("httpsEnabled").asBoolean()).isTrue();
    assertThat(after.path("devicesKeyDurationDays").asInt()).isEqualTo(180);
    assertThat(ts.state().httpsEnabled()).isTrue();
  }

  @Test
  void magicDnsIsOffUntilSet() {
    assertThat(api.get("/tailnet/-/dns/preferences").json().path("magicDNS").asBoolean()).isFalse();

    api.post("/tailnet/-/dns/preferences", "{\"magicDNS\":true}");

    assertThat(ts.state().magicDns()).isTrue();
  }

  @Test
  void deviceNamesCarryTheTailnetsMagicDnsSuffix() {
    ts.state().magicDnsSuffix("tail1234ab.ts.net");
    ts.state().addDevice("pc-one", List.of("tag:paperclip"));

    JsonNode devices = api.get("/tailnet/-/devices?hostname=pc-one").json().path("devices");

    assertThat(devices).hasSize(1);
    assertThat(devices.get(0).path("name").asString()).isEqualTo("pc-one.tail1234ab.ts.net");
  }

  @Test
  void armedRateLimitsAnswerTheSpecsTooManyRequestsBody() {
    ts.failNext("createKey", 1, Fault.rateLimited(Duration.ofSeconds(2)));

    ApiCaller.Answer a = checked("createKey", api.post("/tailnet/-/keys", AUTH_KEY));

    assertThat(a.status()).isEqualTo(429);
    assertThat(a.json().path("message").asString()).isEqualTo("too many requests");
    assertThat(ts.state().keys()).isEmpty();
    assertThat(specProblems()).isEmpty();
  }
}
