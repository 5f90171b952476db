package dev.paperclipfly.fly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.fly.model.Autostop;
import dev.paperclipfly.fly.model.CreateMachineRequest;
import dev.paperclipfly.fly.model.ExecResult;
import dev.paperclipfly.fly.model.HttpHeader;
import dev.paperclipfly.fly.model.Machine;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.MachineGuest;
import dev.paperclipfly.fly.model.MachineListFilter;
import dev.paperclipfly.fly.model.MachinePort;
import dev.paperclipfly.fly.model.MachineService;
import dev.paperclipfly.fly.model.MachineServiceCheck;
import dev.paperclipfly.fly.model.Signal;
import dev.paperclipfly.fly.model.StopRequest;
import dev.paperclipfly.fly.model.UpdateMachineRequest;
import dev.paperclipfly.fly.model.WaitRequest;
import dev.paperclipfly.fly.model.WaitResult;
import dev.paperclipfly.fly.model.WaitState;
import dev.paperclipfly.fly.testkit.FlyApiStub;
import dev.paperclipfly.fly.testkit.FlyFixtures;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MachinesTest {
  @RegisterExtension final FlyApiStub fly = new FlyApiStub();

  private static final String MACHINES = "/v1/apps/paperclip/machines";

  private static MachineConfig webConfig() {
    return MachineConfig.builder()
        .image("registry.fly.io/paperclip:latest")
        .putEnv("PRIMARY_REGION", "ams")
        .guest(MachineGuest.builder().cpuKind("shared").cpus(1).memoryMb(1024).build())
        .putMetadata("fly_platform_version", "v2")
        .addServices(MachineService.builder()
            .protocol("tcp")
            .internalPort(3100)
            .autostop(Autostop.SUSPEND)
            .addPorts(MachinePort.builder().port(443).addHandlers("http", "tls").build())
            .addChecks(MachineServiceCheck.builder()
                .type("http").path("/api/health").interval(Duration.ofSeconds(15)).timeout(Duration.ofSeconds(2))
                .addHeaders(HttpHeader.builder().name("X-Forwarded-Proto").addValues("https").build())
                .build())
            .build())
        .build();
  }

  @Test
  void createSendsTheConfigInTheApiShapeAndReturnsTheMachine() {
    fly.stub(post(urlEqualTo(MACHINES)).willReturn(okJson(FlyFixtures.machine("e784079b449483", "created"))));

    Machine m = fly.client().machines().create("paperclip",
        CreateMachineRequest.builder().name("web-1").region("ams").config(webConfig()).build());

    assertThat(m.id()).isEqualTo("e784079b449483");
    assertThat(m.config().flatMap(MachineConfig::guest).flatMap(MachineGuest::memoryMb)).contains(1024);
    fly.server().verify(postRequestedFor(urlEqualTo(MACHINES))
        .withRequestBody(matchingJsonPath("$.config.services[0].autostop", equalTo("suspend")))
        .withRequestBody(matchingJsonPath("$.config.services[0].checks[0].interval", equalTo("15s")))
        .withRequestBody(matchingJsonPath("$.config.services[0].checks[0].headers[0].values[0]", equalTo("https"))));
  }

  @Test
  void getReadsEveryPartOfASpecShapedMachine() {
    fly.stub(get(urlEqualTo(MACHINES + "/m1")).willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    Machine m = fly.client().machines().get("paperclip", "m1");

    MachineService service = m.config().orElseThrow().services().get(0);
    assertThat(service.autostop()).contains(Autostop.STOP);
    assertThat(service.checks().get(0).gracePeriod()).contains(Duration.ofSeconds(10));
    assertThat(m.config().orElseThrow().stopConfig().orElseThrow().timeout()).contains(Duration.ofSeconds(30));
    assertThat(m.events()).hasSize(1);
    assertThat(m.checks().get(0).status()).contains("passing");
  }

  @Test
  void listPassesTheFilterAsQueryParameters() {
    fly.stub(get(urlPathEqualTo(MACHINES)).willReturn(okJson(FlyFixtures.machines("m1", "m2"))));

    var list = fly.client().machines().list("paperclip",
        MachineListFilter.builder().region("ams").addStates("started", "stopped").summary(true).build());

    assertThat(list).extracting(Machine::id).containsExactly("m1", "m2");
    fly.server().verify(getRequestedFor(urlEqualTo(MACHINES + "?region=ams&state=started%2Cstopped&summary=true")));
  }

  @Test
  void updateSendsTheFullConfigWithCurrentVersion() {
    fly.stub(post(urlEqualTo(MACHINES + "/m1")).willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    fly.client().machines().update("paperclip", "m1", UpdateMachineRequest.builder()
        .config(webConfig()).currentVersion("01J8ZQ4V6T5N1WJ3D2K9X7C0AB").minSecretsVersion(7L).build());

    fly.server().verify(postRequestedFor(urlEqualTo(MACHINES + "/m1"))
        .withRequestBody(matchingJsonPath("$.current_version", equalTo("01J8ZQ4V6T5N1WJ3D2K9X7C0AB")))
        .withRequestBody(matchingJsonPath("$.min_secrets_version", equalTo("7")))
        .withRequestBody(matchingJsonPath("$.config.image")));
  }

  @Test
  void updateKeepsConfigFieldsThisSdkDoesNotModel() {
    String withContainers = FlyFixtures.machine("m1", "started")
        .replace("\"image\": \"registry.fly.io/paperclip:latest\",",
            "\"image\": \"registry.fly.io/paperclip:latest\", \"containers\": [{\"name\": \"sidecar\", \"image\": \"busybox\"}],");
    fly.stub(get(urlEqualTo(MACHINES + "/m1")).willReturn(okJson(withContainers)));
    fly.stub(post(urlEqualTo(MACHINES + "/m1")).willReturn(okJson(withContainers)));
    Machines machines = fly.client().machines();

    Machine m = machines.get("paperclip", "m1");
    MachineConfig changed = m.config().orElseThrow().withImage("registry.fly.io/paperclip:v2");
    machines.update("paperclip", "m1", UpdateMachineRequest.builder().config(changed)
        .currentVersion(m.instanceId().orElseThrow()).build());

    fly.server().verify(postRequestedFor(urlEqualTo(MACHINES + "/m1"))
        .withRequestBody(matchingJsonPath("$.config.containers[0].name", equalTo("sidecar")))
        .withRequestBody(matchingJsonPath("$.config.image", equalTo("registry.fly.io/paperclip:v2"))));
  }

  @Test
  void deleteWithForceSendsForceTrue() {
    fly.stub(delete(urlPathEqualTo(MACHINES + "/m1")).willReturn(aResponse().withStatus(200)));

    fly.client().machines().delete("paperclip", "m1", true);

    fly.server().verify(deleteRequestedFor(urlEqualTo(MACHINES + "/m1?force=true")));
  }

  @Test
  void stopSendsSignalAndTimeoutAsAnObject() {
    fly.stub(post(urlEqualTo(MACHINES + "/m1/stop")).willReturn(aResponse().withStatus(200)));

    fly.client().machines().stop("paperclip", "m1",
        StopRequest.builder().signal(Signal.SIGINT).timeout(Duration.ofSeconds(90)).build());

    fly.server().verify(postRequestedFor(urlEqualTo(MACHINES + "/m1/stop"))
        .withRequestBody(equalToJson("{\"signal\": \"SIGINT\", \"timeout\": \"1m30s\"}")));
  }

  @Test
  void stopRequestRefusesASignalThatCannotStopAMachine() {
    assertThatThrownBy(() -> StopRequest.builder().signal(Signal.SIGSEGV).build())
        .hasMessageContaining("SIGSEGV cannot stop a Machine");
  }

  @Test
  void startSuspendCordonAndUncordonPostToTheirEndpoints() {
    for (String action : new String[] {"start", "suspend", "cordon", "uncordon"}) {
      fly.stub(post(urlEqualTo(MACHINES + "/m1/" + action)).willReturn(aResponse().withStatus(200)));
    }
    Machines machines = fly.client().machines();

    machines.start("paperclip", "m1");
    machines.suspend("paperclip", "m1");
    machines.cordon("paperclip", "m1");
    machines.uncordon("paperclip", "m1");

    for (String action : new String[] {"start", "suspend", "cordon", "uncordon"}) {
      fly.server().verify(1, postRequestedFor(urlEqualTo(MACHINES + "/m1/" + action)));
    }
  }

  @Test
  void restartPassesSignalAndTimeoutAsQueryParameters() {
    fly.stub(post(urlPathEqualTo(MACHINES + "/m1/restart")).willReturn(aResponse().withStatus(200)));

    fly.client().machines().restart("paperclip", "m1", Optional.of(Signal.SIGTERM), Optional.of(Duration.ofSeconds(20)));

    fly.server().verify(postRequestedFor(urlEqualTo(MACHINES + "/m1/restart?signal=SIGTERM&timeout=20s")));
  }

  @Test
  void signalSendsTheSignalName() {
    fly.stub(post(urlEqualTo(MACHINES + "/m1/signal")).willReturn(aResponse().withStatus(200)));

    fly.client().machines().signal("paperclip", "m1", Signal.SIGUSR1);

    fly.server().verify(postRequestedFor(urlEqualTo(MACHINES + "/m1/signal"))
        .withRequestBody(equalToJson("{\"signal\": \"SIGUSR1\"}")));
  }

  @Test
  void execResultShowsAFailedCommandsExitCodeThoughTheApiAnswered200() {
    fly.stub(post(urlEqualTo(MACHINES + "/m1/exec")).willReturn(okJson(
        "{\"exit_code\": 3, \"stdout\": \"\", \"stderr\": \"pg_isready: no response\"}")));

    ExecResult result = fly.client().machines().exec("paperclip", "m1", "pg_isready", "-h", "localhost");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.succeeded()).isFalse();
    assertThatThrownBy(result::requireSuccess).isInstanceOf(ExecFailedException.class)
        .hasMessageContaining("exit code 3");
    fly.server().verify(postRequestedFor(urlEqualTo(MACHINES + "/m1/exec"))
        .withRequestBody(equalToJson("{\"command\": [\"pg_isready\", \"-h\", \"localhost\"]}")));
  }

  @Test
  void execWithoutExitCodeMeansTheCommandSucceeded() {
    fly.stub(post(urlEqualTo(MACHINES + "/m1/exec")).willReturn(okJson("{\"stdout\": \"ok\\n\"}")));

    ExecResult result = fly.client().machines().exec("paperclip", "m1", "true");

    assertThat(result.succeeded()).isTrue();
    assertThat(result.requireSuccess().stdout()).contains("ok\n");
  }

  @Test
  void waitPassesStateVersionEventAndTheServerSideTimeout() {
    fly.stub(get(urlPathEqualTo(MACHINES + "/m1/wait")).willReturn(okJson(
        "{\"ok\": true, \"state\": \"started\", \"version\": \"01J8ZQ4V6T5N1WJ3D2K9X7C0AB\", \"event_id\": \"ev2\"}")));

    WaitResult result = fly.client().machines().waitFor("paperclip", "m1", WaitRequest.builder()
        .state(WaitState.STARTED).version("01J8ZQ4V6T5N1WJ3D2K9X7C0AB").fromEventId("ev1")
        .timeout(Duration.ofSeconds(30)).build());

    assertThat(result.state()).contains("started");
    fly.server().verify(getRequestedFor(urlEqualTo(MACHINES
        + "/m1/wait?state=started&version=01J8ZQ4V6T5N1WJ3D2K9X7C0AB&from_event_id=ev1&timeout=30")));
  }

  @Test
  void waitForDestroyedTreatsAVanishedMachineAsDestroyed() {
    fly.stub(get(urlPathEqualTo(MACHINES + "/m1/wait")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(FlyFixtures.error("machine not found"))));

    WaitResult result = fly.client().machines().waitFor("paperclip", "m1", WaitState.DESTROYED, Duration.ofSeconds(10));

    assertThat(result.state()).contains("destroyed");
  }

  @Test
  void eventsProcessesAndMetadataAreRead() {
    fly.stub(get(urlEqualTo(MACHINES + "/m1/events?limit=5")).willReturn(okJson(
        "[{\"id\": \"ev1\", \"type\": \"exit\", \"status\": \"stopped\", \"source\": \"flyd\", \"timestamp\": 1767225660000,"
            + " \"request\": {\"exit_event\": {\"oom_killed\": true}}}]")));
    fly.stub(get(urlEqualTo(MACHINES + "/m1/ps")).willReturn(okJson(
        "[{\"pid\": 1, \"command\": \"node server.js\", \"cpu\": 3, \"rss\": 123456789, \"directory\": \"/app\","
            + " \"listen_sockets\": [{\"address\": \"0.0.0.0:3100\", \"proto\": \"tcp\"}]}]")));
    fly.stub(get(urlEqualTo(MACHINES + "/m1/metadata")).willReturn(okJson("{\"fly_process_group\": \"app\"}")));
    Machines machines = fly.client().machines();

    assertThat(machines.events("paperclip", "m1", Optional.of(5)).get(0).request()).containsKey("exit_event");
    assertThat(machines.processes("paperclip", "m1").get(0).listenSockets().get(0).address()).contains("0.0.0.0:3100");
    assertThat(machines.metadata("paperclip", "m1")).isEqualTo(Map.of("fly_process_group", "app"));
  }

  @Test
  void metadataKeysAreSetAndRemoved() {
    fly.stub(post(urlEqualTo(MACHINES + "/m1/metadata/role")).willReturn(aResponse().withStatus(204)));
    fly.stub(delete(urlEqualTo(MACHINES + "/m1/metadata/role")).willReturn(aResponse().withStatus(204)));
    Machines machines = fly.client().machines();

    machines.setMetadata("paperclip", "m1", "role", "primary");
    machines.deleteMetadata("paperclip", "m1", "role");

    fly.server().verify(postRequestedFor(urlEqualTo(MACHINES + "/m1/metadata/role"))
        .withRequestBody(equalToJson("{\"value\": \"primary\"}")));
    fly.server().verify(deleteRequestedFor(urlEqualTo(MACHINES + "/m1/metadata/role")));
  }

  @Test
  void aMissingMachineIsNotFoundWithTheRequestId() {
    fly.stub(get(urlEqualTo(MACHINES + "/nope")).willReturn(aResponse().withStatus(404)
        .withHeader("fly-request-id", "01JREQ-abc").withHeader("Content-Type", "application/json")
        .withBody(FlyFixtures.error("machine not found"))));

    assertThatThrownBy(() -> fly.client().machines().get("paperclip", "nope"))
        .isInstanceOfSatisfying(FlyApiException.NotFound.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(404);
          assertThat(e.requestId()).contains("01JREQ-abc");
          assertThat(e.error()).contains("machine not found");
        })
        .hasMessageContaining("GET /v1/apps/paperclip/machines/nope answered HTTP 404: machine not found");
  }
}
