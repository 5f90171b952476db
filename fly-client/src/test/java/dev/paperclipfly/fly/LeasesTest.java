package dev.paperclipfly.fly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.paperclipfly.fly.model.CreateMachineRequest;
import dev.paperclipfly.fly.model.MachineConfig;
import dev.paperclipfly.fly.model.MachineLease;
import dev.paperclipfly.fly.testkit.FlyApiStub;
import dev.paperclipfly.fly.testkit.FlyFixtures;
import dev.paperclipfly.core.testing.openapi.WireMockExchanges;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LeasesTest {
  @RegisterExtension final FlyApiStub fly = new FlyApiStub();

  private static final String M1 = "/v1/apps/paperclip/machines/m1";
  private static final String NONCE = "fly-machine-lease-nonce";

  private static ResponseDefinitionBuilder wrappedLease(String nonce) {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody(FlyFixtures.leaseWrapped(nonce));
  }

  private void stubLeaseCreated(String nonce) {
    // Fly's docs show the lease wrapped in {status, data}; the spec's Lease schema is the data part.
    fly.stub(post(urlEqualTo(M1 + "/lease")).willReturn(wrappedLease(nonce))
        .withMetadata(Map.of(WireMockExchanges.VALIDATE_MEMBER, "data")));
  }

  @Test
  void acquireReadsTheWrappedLeaseAndSendsTtlAndDescription() {
    stubLeaseCreated("5c35f65c9f95");

    MachineLease lease = fly.client().machines().acquireLease("paperclip", "m1", Duration.ofSeconds(30),
        Optional.of("deploy"));

    assertThat(lease.nonce()).isEqualTo("5c35f65c9f95");
    assertThat(lease.owner()).contains("ops@example.com");
    fly.server().verify(postRequestedFor(urlEqualTo(M1 + "/lease"))
        .withHeader(NONCE, absent())
        .withRequestBody(equalToJson("{\"ttl\": 30, \"description\": \"deploy\"}")));
  }

  @Test
  void aFlatLeaseAsTheSpecShowsItIsReadToo() {
    fly.stub(get(urlEqualTo(M1 + "/lease")).willReturn(okJson(
        "{\"nonce\": \"abc123\", \"expires_at\": 1767225900, \"owner\": \"ops@example.com\"}")));

    assertThat(fly.client().machines().currentLease("paperclip", "m1")).map(MachineLease::nonce).contains("abc123");
  }

  @Test
  void everyMutatingCallSendsTheNonceWhileTheLeaseIsHeld() {
    stubLeaseCreated("n-1");
    fly.stub(post(urlEqualTo(M1 + "/stop")).willReturn(aResponse().withStatus(200)));
    fly.stub(post(urlEqualTo(M1 + "/start")).willReturn(aResponse().withStatus(200)));
    fly.stub(post(urlEqualTo(M1)).willReturn(okJson(FlyFixtures.machine("m1", "started"))));
    Machines machines = fly.client().machines();

    machines.acquireLease("paperclip", "m1", Duration.ofSeconds(30), Optional.empty());
    machines.stop("paperclip", "m1");
    machines.start("paperclip", "m1");
    machines.update("paperclip", "m1", dev.paperclipfly.fly.model.UpdateMachineRequest.builder()
        .config(MachineConfig.builder().image("x").build()).build());

    fly.server().verify(postRequestedFor(urlEqualTo(M1 + "/stop")).withHeader(NONCE, equalTo("n-1")));
    fly.server().verify(postRequestedFor(urlEqualTo(M1 + "/start")).withHeader(NONCE, equalTo("n-1")));
    fly.server().verify(postRequestedFor(urlEqualTo(M1)).withHeader(NONCE, equalTo("n-1")));
  }

  @Test
  void callsOnOtherMachinesDoNotSendTheNonce() {
    stubLeaseCreated("n-1");
    fly.stub(post(urlEqualTo("/v1/apps/paperclip/machines/m2/stop")).willReturn(aResponse().withStatus(200)));
    Machines machines = fly.client().machines();

    machines.acquireLease("paperclip", "m1", Duration.ofSeconds(30), Optional.empty());
    machines.stop("paperclip", "m2");

    fly.server().verify(postRequestedFor(urlEqualTo("/v1/apps/paperclip/machines/m2/stop")).withHeader(NONCE, absent()));
  }

  @Test
  void refreshSendsTheHeldNonce() {
    stubLeaseCreated("n-1");
    Machines machines = fly.client().machines();
    machines.acquireLease("paperclip", "m1", Duration.ofSeconds(30), Optional.empty());

    machines.refreshLease("paperclip", "m1", Duration.ofSeconds(60));

    fly.server().verify(postRequestedFor(urlEqualTo(M1 + "/lease")).withHeader(NONCE, equalTo("n-1"))
        .withRequestBody(equalToJson("{\"ttl\": 60}")));
  }

  @Test
  void refreshWithoutALeaseSaysToAcquireFirst() {
    assertThatThrownBy(() -> fly.client().machines().refreshLease("paperclip", "m1", Duration.ofSeconds(30)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("call acquireLease first");
  }

  @Test
  void withLeaseReleasesTheLeaseWhenTheWorkThrows() {
    stubLeaseCreated("n-9");
    fly.stub(delete(urlEqualTo(M1 + "/lease")).willReturn(aResponse().withStatus(200)));
    fly.stub(post(urlEqualTo(M1 + "/stop")).willReturn(aResponse().withStatus(200)));
    Machines machines = fly.client().machines();

    assertThatThrownBy(() -> machines.withLease("paperclip", "m1", Duration.ofSeconds(30), lease -> {
      throw new IllegalStateException("deploy step failed");
    })).hasMessage("deploy step failed");

    fly.server().verify(deleteRequestedFor(urlEqualTo(M1 + "/lease")).withHeader(NONCE, equalTo("n-9")));
    machines.stop("paperclip", "m1");
    fly.server().verify(postRequestedFor(urlEqualTo(M1 + "/stop")).withHeader(NONCE, absent()));
  }

  @Test
  void withLeaseReturnsTheWorksResultAndReleases() {
    stubLeaseCreated("n-2");
    fly.stub(delete(urlEqualTo(M1 + "/lease")).willReturn(aResponse().withStatus(200)));

    String result = fly.client().machines().withLease("paperclip", "m1", Duration.ofSeconds(30), MachineLease::nonce);

    assertThat(result).isEqualTo("n-2");
    fly.server().verify(1, deleteRequestedFor(urlEqualTo(M1 + "/lease")));
  }

  @Test
  void aLeaseHeldBySomeoneElseIsAConflict() {
    fly.stub(post(urlEqualTo(M1 + "/lease")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json")
        .withBody(FlyFixtures.error("lease currently held by deploy@example.com, expires at 2026-01-01T00:05:00Z"))));

    assertThatThrownBy(() -> fly.client().machines().acquireLease("paperclip", "m1", Duration.ofSeconds(30),
        Optional.empty()))
        .isInstanceOf(FlyApiException.Conflict.class)
        .hasMessageContaining("lease currently held by");
    fly.server().verify(1, postRequestedFor(urlEqualTo(M1 + "/lease")));
  }

  @Test
  void creatingAMachineWithALeaseTtlHoldsTheReturnedNonce() {
    fly.stub(post(urlEqualTo("/v1/apps/paperclip/machines")).willReturn(okJson(
        FlyFixtures.machine("m1", "created").replace("\"name\": \"web-m1\",", "\"name\": \"web-m1\", \"nonce\": \"n-c\","))));
    fly.stub(post(urlEqualTo(M1 + "/start")).willReturn(aResponse().withStatus(200)));
    Machines machines = fly.client().machines();

    machines.create("paperclip", CreateMachineRequest.builder().leaseTtl(60L)
        .config(MachineConfig.builder().image("x").build()).build());
    machines.start("paperclip", "m1");

    fly.server().verify(postRequestedFor(urlEqualTo(M1 + "/start")).withHeader(NONCE, equalTo("n-c")));
  }

  @Test
  void releasingAnAlreadyExpiredLeaseSucceedsAndForgetsTheNonce() {
    stubLeaseCreated("n-3");
    fly.stub(delete(urlEqualTo(M1 + "/lease")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(FlyFixtures.error("lease not found"))));
    fly.stub(post(urlEqualTo(M1 + "/start")).willReturn(aResponse().withStatus(200)));
    Machines machines = fly.client().machines();
    machines.acquireLease("paperclip", "m1", Duration.ofSeconds(5), Optional.empty());

    machines.releaseLease("paperclip", "m1");
    machines.start("paperclip", "m1");

    fly.server().verify(postRequestedFor(urlEqualTo(M1 + "/start")).withHeader(NONCE, absent()));
  }
}
