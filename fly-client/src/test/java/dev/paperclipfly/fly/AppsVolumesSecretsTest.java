package dev.paperclipfly.fly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.fly.model.App;
import dev.paperclipfly.fly.model.CreateAppRequest;
import dev.paperclipfly.fly.model.CreateVolumeRequest;
import dev.paperclipfly.fly.model.ExtendVolumeResult;
import dev.paperclipfly.fly.model.SecretsChange;
import dev.paperclipfly.fly.model.SecretsUpdate;
import dev.paperclipfly.fly.model.UpdateVolumeRequest;
import dev.paperclipfly.fly.model.Volume;
import dev.paperclipfly.fly.testkit.FlyApiStub;
import dev.paperclipfly.fly.testkit.FlyFixtures;
import dev.paperclipfly.core.testing.openapi.WireMockExchanges;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AppsVolumesSecretsTest {
  @RegisterExtension final FlyApiStub fly = new FlyApiStub();

  private static final String VOLUMES = "/v1/apps/paperclip/volumes";

  @Test
  void createAppSendsNameOrgAndNetwork() {
    fly.stub(post(urlEqualTo("/v1/apps")).willReturn(aResponse().withStatus(201)));

    fly.client().apps().create(CreateAppRequest.builder().name("paperclip").orgSlug("personal").network("pc-net").build());

    fly.server().verify(postRequestedFor(urlEqualTo("/v1/apps"))
        .withRequestBody(equalToJson("{\"name\": \"paperclip\", \"org_slug\": \"personal\", \"network\": \"pc-net\"}")));
  }

  @Test
  void aTakenAppNameIsNameTaken() {
    fly.stub(post(urlEqualTo("/v1/apps")).willReturn(aResponse().withStatus(422)
            .withHeader("Content-Type", "application/json")
            .withBody(FlyFixtures.error("Name has already been taken", "name_taken")))
        .withMetadata(Map.of(WireMockExchanges.OFF_SPEC_RESPONSE,
            "fly-go documents status name_taken and 422; the spec lists neither")));

    assertThatThrownBy(() -> fly.client().apps().create(CreateAppRequest.builder().name("paperclip").orgSlug("personal").build()))
        .isInstanceOf(FlyApiException.NameTaken.class)
        .isInstanceOf(FlyApiException.Conflict.class);
    fly.server().verify(1, postRequestedFor(urlEqualTo("/v1/apps")));
  }

  @Test
  void appsAreListedByOrganizationAndFetchedByName() {
    String app = "{\"id\": \"app_1\", \"name\": \"paperclip\", \"status\": \"deployed\", \"machine_count\": 1, "
        + "\"volume_count\": 1, \"network\": \"default\", \"organization\": {\"name\": \"Personal\", \"slug\": \"personal\"}}";
    fly.stub(get(urlEqualTo("/v1/apps?org_slug=personal")).willReturn(okJson("{\"total_apps\": 1, \"apps\": [" + app + "]}")));
    fly.stub(get(urlEqualTo("/v1/apps/paperclip")).willReturn(okJson(app)));
    fly.stub(get(urlEqualTo("/v1/apps/gone")).willReturn(aResponse().withStatus(404)));

    assertThat(fly.client().apps().list("personal")).extracting(App::name).containsExactly("paperclip");
    assertThat(fly.client().apps().get("paperclip").organization().flatMap(o -> o.slug())).contains("personal");
    assertThat(fly.client().apps().exists("gone")).isFalse();
  }

  @Test
  void deletingAnAppAnswered202Succeeds() {
    fly.stub(delete(urlEqualTo("/v1/apps/paperclip")).willReturn(aResponse().withStatus(202)));

    fly.client().apps().delete("paperclip");

    fly.server().verify(deleteRequestedFor(urlEqualTo("/v1/apps/paperclip")));
  }

  @Test
  void createVolumeSendsTheSpecFields() {
    fly.stub(post(urlEqualTo(VOLUMES)).willReturn(okJson(FlyFixtures.volume("vol_1", 3))));

    Volume v = fly.client().volumes().create("paperclip", CreateVolumeRequest.builder()
        .name("paperclip_data").region("ams").sizeGb(3).encrypted(true).snapshotRetention(14).build());

    assertThat(v.id()).isEqualTo("vol_1");
    fly.server().verify(postRequestedFor(urlEqualTo(VOLUMES)).withRequestBody(equalToJson(
        "{\"name\": \"paperclip_data\", \"region\": \"ams\", \"size_gb\": 3, \"encrypted\": true, \"snapshot_retention\": 14}")));
  }

  @Test
  void aRegionWithoutCapacityIsInsufficientCapacity() {
    fly.stub(post(urlEqualTo(VOLUMES)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(FlyFixtures.error("no capacity"))));

    assertThatThrownBy(() -> fly.client().volumes().create("paperclip",
        CreateVolumeRequest.builder().name("d").region("ams").sizeGb(1).build()))
        .isInstanceOf(FlyApiException.InsufficientCapacity.class);
  }

  @Test
  void insufficientCapacityStatusIsRecognisedOnAnyHttpStatus() {
    fly.stub(post(urlEqualTo("/v1/apps/paperclip/machines")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json")
        .withBody(FlyFixtures.error("could not reserve resource for machine", "insufficient_capacity"))));

    assertThatThrownBy(() -> fly.client().machines().create("paperclip", dev.paperclipfly.fly.model.CreateMachineRequest
        .builder().config(dev.paperclipfly.fly.model.MachineConfig.builder().image("x").build()).build()))
        .isInstanceOfSatisfying(FlyApiException.InsufficientCapacity.class,
            e -> assertThat(e.errorStatus()).contains("insufficient_capacity"));
  }

  @Test
  void extendReportsWhetherTheMachineNeedsARestart() {
    fly.stub(put(urlEqualTo(VOLUMES + "/vol_1/extend")).willReturn(okJson(
        "{\"needs_restart\": true, \"volume\": " + FlyFixtures.volume("vol_1", 10) + "}")));

    ExtendVolumeResult r = fly.client().volumes().extend("paperclip", "vol_1", 10);

    assertThat(r.needsRestart()).contains(true);
    assertThat(r.volume().flatMap(Volume::sizeGb)).contains(10);
    fly.server().verify(putRequestedFor(urlEqualTo(VOLUMES + "/vol_1/extend")).withRequestBody(equalToJson("{\"size_gb\": 10}")));
  }

  @Test
  void volumesAreListedUpdatedDeletedAndSnapshotted() {
    fly.stub(get(urlEqualTo(VOLUMES)).willReturn(okJson("[" + FlyFixtures.volume("vol_1", 3) + "]")));
    fly.stub(get(urlEqualTo(VOLUMES + "/vol_1")).willReturn(okJson(FlyFixtures.volume("vol_1", 3))));
    fly.stub(put(urlEqualTo(VOLUMES + "/vol_1")).willReturn(okJson(FlyFixtures.volume("vol_1", 3))));
    fly.stub(delete(urlEqualTo(VOLUMES + "/vol_1")).willReturn(okJson(FlyFixtures.volume("vol_1", 3))));
    fly.stub(get(urlEqualTo(VOLUMES + "/vol_1/snapshots")).willReturn(okJson(
        "[{\"id\": \"vs_1\", \"created_at\": \"2026-01-01T00:00:00Z\", \"digest\": \"d\", \"retention_days\": 5,"
            + " \"size\": 1048576, \"status\": \"created\", \"volume_size\": 3221225472}]")));
    fly.stub(post(urlEqualTo(VOLUMES + "/vol_1/snapshots")).willReturn(aResponse().withStatus(200)));
    Volumes volumes = fly.client().volumes();

    assertThat(volumes.list("paperclip")).hasSize(1);
    assertThat(volumes.get("paperclip", "vol_1").encrypted()).contains(true);
    volumes.update("paperclip", "vol_1", UpdateVolumeRequest.builder().snapshotRetention(30).autoBackupEnabled(true).build());
    assertThat(volumes.snapshots("paperclip", "vol_1").get(0).volumeSize()).contains(3221225472L);
    volumes.createSnapshot("paperclip", "vol_1");
    volumes.delete("paperclip", "vol_1");

    fly.server().verify(putRequestedFor(urlEqualTo(VOLUMES + "/vol_1"))
        .withRequestBody(equalToJson("{\"snapshot_retention\": 30, \"auto_backup_enabled\": true}")));
    fly.server().verify(deleteRequestedFor(urlEqualTo(VOLUMES + "/vol_1")));
  }

  @Test
  void setManySendsValuesAndNullsForRemovalsAndReturnsTheVersion() {
    fly.stub(post(urlEqualTo("/v1/apps/paperclip/secrets")).willReturn(okJson(
        "{\"version\": 12, \"secrets\": [{\"name\": \"BETTER_AUTH_SECRET\", \"digest\": \"a1b2\","
            + " \"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"}]}")));

    SecretsUpdate update = fly.client().secrets().update("paperclip", SecretsChange.builder()
        .set("BETTER_AUTH_SECRET", Secret.of("s3cr3t-value"))
        .unset("OLD_KEY")
        .build());

    assertThat(update.version()).isEqualTo(12L);
    assertThat(update.secrets()).extracting(s -> s.name()).containsExactly("BETTER_AUTH_SECRET");
    fly.server().verify(postRequestedFor(urlEqualTo("/v1/apps/paperclip/secrets")).withRequestBody(equalToJson(
        "{\"values\": {\"BETTER_AUTH_SECRET\": \"s3cr3t-value\", \"OLD_KEY\": null}}")));
  }

  @Test
  void secretsChangeToStringShowsNamesOnly() {
    SecretsChange change = SecretsChange.builder().set("DB_PASSWORD", Secret.of("hunter2-long")).build();

    assertThat(change.toString()).contains("DB_PASSWORD").doesNotContain("hunter2-long");
  }

  @Test
  void aSecretNameThatIsNotAnEnvironmentVariableIsRejected() {
    assertThatThrownBy(() -> SecretsChange.builder().set("1-bad name", Secret.of("v")))
        .hasMessageContaining("\"1-bad name\" is not an environment variable name");
  }

  @Test
  void secretsAreListedAndDeleted() {
    fly.stub(get(urlEqualTo("/v1/apps/paperclip/secrets")).willReturn(okJson(
        "{\"secrets\": [{\"name\": \"TS_AUTHKEY\", \"digest\": \"ff00\"}]}")));
    fly.stub(delete(urlEqualTo("/v1/apps/paperclip/secrets/TS_AUTHKEY")).willReturn(okJson("{\"version\": 13}")));

    assertThat(fly.client().secrets().list("paperclip")).extracting(s -> s.name()).containsExactly("TS_AUTHKEY");
    assertThat(fly.client().secrets().delete("paperclip", "TS_AUTHKEY")).isEqualTo(13L);
  }
}
