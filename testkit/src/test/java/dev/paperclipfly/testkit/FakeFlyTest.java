package dev.paperclipfly.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FakeFlyTest {

  private FakeFly fly;
  private ApiCaller api;

  @BeforeEach
  void start() {
    fly = FakeFly.start();
    api = new ApiCaller(fly.baseUri());
  }

  @AfterEach
  void stop() {
    fly.close();
  }

  private ApiCaller.Answer checked(String operation, ApiCaller.Answer a) {
    return a;
  }

  private List<String> specProblems() {
    return ApiConformance.fly(fly.requests().all());
  }

  private String createMachineWithVolume(String app) {
    String vol = checked("Volumes_create", api.post("/apps/" + app + "/volumes",
        "{\"name\":\"paperclip_data\",\"region\":\"sjc\",\"size_gb\":1}")).json().path("id").asString();
    return checked("Machines_create", api.post("/apps/" + app + "/machines",
        "{\"region\":\"sjc\",\"config\":{\"image\":\"registry.fly.io/" + app + ":v1\",\"mounts\":[{\"volume\":\"" + vol
            + "\",\"path\":\"/paperclip\"}]}}")).json().path("id").asString();
  }

  @Test
  void everyAnswerOfADeploymentsWorthOfCallsValidatesAgainstTheSpec() {
    checked("Apps_create", api.post("/apps", "{\"name\":\"pc-one\",\"org_slug\":\"personal\"}"));
    checked("Apps_show", api.get("/apps/pc-one"));
    checked("Apps_show", api.get("/apps/missing"));
    checked("App_IPAssignments_create", api.post("/apps/pc-one/ip_assignments", "{\"type\":\"private_v6\"}"));
    checked("App_IPAssignments_list", api.get("/apps/pc-one/ip_assignments"));
    checked("Secrets_update", api.post("/apps/pc-one/secrets", "{\"values\":{\"A\":\"1\",\"B\":\"2\"}}"));
    checked("Secrets_list", api.get("/apps/pc-one/secrets"));
    String id = createMachineWithVolume("pc-one");
    checked("Volumes_list", api.get("/apps/pc-one/volumes"));
    String vol = fly.state().volumes("pc-one").get(0).path("id").asString();
    checked("Volumes_get_by_id", api.get("/apps/pc-one/volumes/" + vol));
    checked("Machines_list", api.get("/apps/pc-one/machines"));
    checked("Machines_wait", api.get("/apps/pc-one/machines/" + id + "/wait?state=started&timeout=10"));
    String nonce = checked("Machines_create_lease", api.post("/apps/pc-one/machines/" + id + "/lease", "{\"ttl\":30}"))
        .json().path("nonce").asString();
    checked("Machines_show_lease", api.get("/apps/pc-one/machines/" + id + "/lease"));
    checked("Machines_update", api.send("POST", "/apps/pc-one/machines/" + id,
        "{\"config\":" + fly.state().machines("pc-one").get(0).path("config") + "}", "fly-machine-lease-nonce", nonce));
    checked("Machines_release_lease", api.send("DELETE", "/apps/pc-one/machines/" + id + "/lease", null,
        "fly-machine-lease-nonce", nonce));
    checked("Machines_show", api.get("/apps/pc-one/machines/" + id));
    checked("Machines_start", api.post("/apps/pc-one/machines/" + id + "/start", null));
    checked("Machines_exec", api.post("/apps/pc-one/machines/" + id + "/exec",
        "{\"command\":[\"curl\",\"-fsS\",\"http://127.0.0.1:3100/api/health\"]}"));
    checked("App_IPAssignments_delete", api.send("DELETE", "/apps/pc-one/ip_assignments/"
        + fly.state().ips("pc-one").get(0).path("ip").asString(), null));

    assertThat(specProblems()).isEmpty();
    assertThat(fly.requests().count(OperationKind.MUTATION)).isEqualTo(10);
  }

  @Test
  void aCreatedMachineIsCreatedFirstAndStartedAfterItsBootTime() {
    fly.state().createApp("pc-two", "personal");
    JsonNode created = api.post("/apps/pc-two/machines", "{\"config\":{\"image\":\"registry.fly.io/pc-two:v1\"}}").json();

    assertThat(created.path("state").asString()).isEqualTo("created");
    assertThat(api.get("/apps/pc-two/machines/" + created.path("id").asString()).json().path("state").asString())
        .isEqualTo("started");
  }

  @Test
  void waitingLongerThanSixtySecondsIsRefusedAsFlyDoes() {
    fly.state().createApp("pc-two", "personal");
    String id = api.post("/apps/pc-two/machines", "{\"config\":{\"image\":\"img\"}}").json().path("id").asString();

    ApiCaller.Answer a = api.get("/apps/pc-two/machines/" + id + "/wait?state=started&timeout=90");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().path("error").asString()).contains("between 1 and 60");
  }

  @Test
  void aMachineStillBootingWhenTheWaitEndsAnswers408() {
    fly.state().createApp("pc-two", "personal");
    fly.bootTime(Duration.ofMinutes(5));
    String id = api.post("/apps/pc-two/machines", "{\"config\":{\"image\":\"img\"}}").json().path("id").asString();

    assertThat(api.get("/apps/pc-two/machines/" + id + "/wait?state=started&timeout=1").status()).isEqualTo(408);
  }

  @Test
  void anUpdateWithoutTheLeaseNonceIsRefusedWhileALeaseIsHeld() {
    fly.state().createApp("pc-three", "personal");
    String id = createMachineWithVolume("pc-three");
    api.post("/apps/pc-three/machines/" + id + "/lease", "{\"ttl\":30}");

    ApiCaller.Answer a = api.post("/apps/pc-three/machines/" + id, "{\"config\":{\"image\":\"img:v2\"}}");

    assertThat(a.status()).isEqualTo(409);
    assertThat(a.json().path("error").asString()).contains("lease currently held");
  }

  @Test
  void aVolumeAttachedToOneMachineCannotBeMountedOnAnother() {
    fly.state().createApp("pc-four", "personal");
    createMachineWithVolume("pc-four");
    String vol = fly.state().volumes("pc-four").get(0).path("id").asString();

    ApiCaller.Answer a = api.post("/apps/pc-four/machines",
        "{\"region\":\"sjc\",\"config\":{\"image\":\"img\",\"mounts\":[{\"volume\":\"" + vol + "\",\"path\":\"/data\"}]}}");

    assertThat(a.status()).isEqualTo(422);
    assertThat(a.json().path("error").asString()).contains("is attached to machine");
  }

  @Test
  void anUpdateCannotSwapTheMountedVolume() {
    fly.state().createApp("pc-four", "personal");
    String id = createMachineWithVolume("pc-four");
    String other = fly.state().createVolume("pc-four", "paperclip_data", "sjc", 1);

    ApiCaller.Answer a = api.post("/apps/pc-four/machines/" + id,
        "{\"config\":{\"image\":\"img\",\"mounts\":[{\"volume\":\"" + other + "\",\"path\":\"/paperclip\"}]}}");

    assertThat(a.status()).isEqualTo(400);
  }

  @Test
  void secretValuesAreListedOnlyWhenAskedForAndEachUpdateIsANewVersion() {
    fly.state().createApp("pc-five", "personal");
    long first = api.post("/apps/pc-five/secrets", "{\"values\":{\"A\":\"one\"}}").json().path("version").asLong();
    long second = api.post("/apps/pc-five/secrets", "{\"values\":{\"B\":\"two\"}}").json().path("version").asLong();

    assertThat(second).isEqualTo(first + 1);
    assertThat(api.get("/apps/pc-five/secrets").json().path("secrets").get(0).has("value")).isFalse();
    assertThat(api.get("/apps/pc-five/secrets?show_secrets=true").json().path("secrets").get(0).path("value").asString())
        .isEqualTo("one");
  }

  @Test
  void aMachineAskingForSecretsNewerThanTheAppHasIsRefused() {
    fly.state().createApp("pc-five", "personal");

    ApiCaller.Answer a = api.post("/apps/pc-five/machines", "{\"min_secrets_version\":3,\"config\":{\"image\":\"img\"}}");

    assertThat(a.status()).isEqualTo(400);
  }

  @Test
  void armedRateLimitsAnswer429WithRetryAfterAndThenTheCallSucceeds() {
    fly.failNext("Apps_create", 2, Fault.rateLimited(Duration.ofSeconds(3)));
    String body = "{\"name\":\"pc-six\",\"org_slug\":\"personal\"}";

    ApiCaller.Answer first = checked("Apps_create", api.post("/apps", body));
    ApiCaller.Answer second = api.post("/apps", body);
    ApiCaller.Answer third = api.post("/apps", body);

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.raw().headers().firstValue("Retry-After")).contains("3");
    assertThat(second.status()).isEqualTo(429);
    assertThat(third.status()).isEqualTo(201);
    assertThat(specProblems()).isEmpty();
  }

  @Test
  void aConnectionLostAfterApplyingLeavesTheChangeInPlace() {
    fly.failNext("Apps_create", 1, Fault.connectionLostAfterApplying());

    assertThatThrownBy(() -> api.post("/apps", "{\"name\":\"pc-seven\",\"org_slug\":\"personal\"}"))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(fly.state().app("pc-seven")).isPresent();
  }

  @Test
  void aServerErrorChangesNothing() {
    fly.failNext("Apps_create", 1, Fault.serverError());

    ApiCaller.Answer a = checked("Apps_create", api.post("/apps", "{\"name\":\"pc-eight\",\"org_slug\":\"personal\"}"));

    assertThat(a.status()).isEqualTo(500);
    assertThat(fly.state().app("pc-eight")).isEmpty();
    assertThat(specProblems()).isEmpty();
  }

  @Test
  void armingAFaultForAnUnknownOperationNamesTheKnownOnes() {
    assertThatThrownBy(() -> fly.failNext("Machines_explode", 1, Fault.serverError()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Machines_create");
  }

  @Test
  void aRequestWithoutAuthorizationIsRefusedWith401() {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    int status = assertDoesNotThrow(() -> http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(fly.baseUri() + "/apps/x")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());

    assertThat(status).isEqualTo(401);
  }

  private static <T> T assertDoesNotThrow(java.util.concurrent.Callable<T> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theRequestLogCountsReadsMutationsAndExecsApart() {
    fly.state().createApp("pc-nine", "personal");
    String id = api.post("/apps/pc-nine/machines", "{\"config\":{\"image\":\"img\"}}").json().path("id").asString();
    api.get("/apps/pc-nine");
    api.get("/apps/pc-nine/machines/" + id);
    api.post("/apps/pc-nine/machines/" + id + "/exec", "{\"command\":[\"true\"]}");

    assertThat(fly.requests().count(OperationKind.MUTATION)).isEqualTo(1);
    assertThat(fly.requests().count(OperationKind.READ)).isEqualTo(2);
    assertThat(fly.requests().count(OperationKind.EXEC)).isEqualTo(1);
    assertThat(fly.requests().countsByOperation()).containsEntry("Machines_show", 1);
    assertThat(fly.requests().countsByMethod()).containsEntry("GET", 2).containsEntry("POST", 2);
  }

  @Test
  void theHealthProbeReportsAPendingBootstrapUntilAnInviteIsMinted() {
    fly.state().createApp("pc-ten", "personal");
    String id = api.post("/apps/pc-ten/machines", "{\"config\":{\"image\":\"img\"}}").json().path("id").asString();
    String exec = "/apps/pc-ten/machines/" + id + "/exec";

    JsonNode before = api.post(exec, "{\"command\":[\"curl\",\"-fsS\",\"-H\",\"Host: localhost\","
        + "\"http://127.0.0.1:3100/api/health\"]}").json();
    JsonNode invite = api.post(exec, "{\"command\":[\"paperclipai\",\"auth\",\"bootstrap-ceo\",\"--base-url\","
        + "\"https://pc-ten.tailfe8c.ts.net\"]}").json();

    assertThat(before.path("exit_code").asInt()).isZero();
    assertThat(before.path("stdout").asString()).contains("\"bootstrapStatus\":\"bootstrap_pending\"")
        .contains("\"bootstrapInviteActive\":false");
    assertThat(invite.path("stdout").asString())
        .contains("Invite URL: https://pc-ten.tailfe8c.ts.net/invite/" + fly.paperclip("pc-ten").lastInviteToken());
    assertThat(fly.paperclip("pc-ten").lastInviteToken()).matches("pcp_bootstrap_[0-9a-f]{48}");
    assertThat(fly.paperclip("pc-ten").inviteActive()).isTrue();
  }

  @Test
  void anUnhealthyInstanceFailsTheProbeLikeCurlDoes() {
    fly.state().createApp("pc-ten", "personal");
    fly.paperclip("pc-ten").healthy(false);
    String id = api.post("/apps/pc-ten/machines", "{\"config\":{\"image\":\"img\"}}").json().path("id").asString();

    JsonNode r = api.post("/apps/pc-ten/machines/" + id + "/exec",
        "{\"command\":[\"curl\",\"-fsS\",\"http://127.0.0.1:3100/api/health\"]}").json();

    assertThat(r.path("exit_code").asInt()).isEqualTo(22);
  }

  @Test
  void aCustomExecHandlerAnswersBeforeTheBuiltInGuest() {
    fly.state().createApp("pc-ten", "personal");
    fly.onExec((app, machine, cmd) -> cmd.get(0).equals("uname")
        ? java.util.Optional.of(ExecResult.ok("Linux\n")) : java.util.Optional.empty());
    String id = api.post("/apps/pc-ten/machines", "{\"config\":{\"image\":\"img\"}}").json().path("id").asString();

    JsonNode r = api.post("/apps/pc-ten/machines/" + id + "/exec", "{\"command\":[\"uname\"]}").json();

    assertThat(r.path("stdout").asString()).isEqualTo("Linux\n");
  }

  @Test
  void pathsWorkWithoutTheV1Prefix() {
    fly.state().createApp("pc-eleven", "personal");
    ApiCaller bare = new ApiCaller(java.net.URI.create(fly.baseUri().toString().replaceFirst("/v1$", "")));

    assertThat(bare.get("/apps/pc-eleven").status()).isEqualTo(200);
  }
}
