package dev.paperclipfly.fly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.Secret;
import dev.paperclipfly.fly.testkit.FlyApiStub;
import dev.paperclipfly.fly.testkit.FlyFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenSafetyTest {
  @RegisterExtension final FlyApiStub fly = new FlyApiStub();

  private static final String M1 = "/v1/apps/paperclip/machines/m1";

  @Test
  void aMacaroonTokenIsSentWithTheFlyV1SchemeAndTheSdkUserAgent() {
    fly.stub(get(urlEqualTo(M1)).willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    fly.client().machines().get("paperclip", "m1");

    fly.server().verify(getRequestedFor(urlEqualTo(M1))
        .withHeader("Authorization", equalTo("FlyV1 " + FlyApiStub.TOKEN))
        .withHeader("User-Agent", matching("paperclip-fly/\\S+ \\(Java \\d+\\)")));
  }

  @Test
  void anOauthTokenIsSentAsBearer() {
    fly.stub(get(urlEqualTo(M1)).willReturn(okJson(FlyFixtures.machine("m1", "started"))));

    fly.clientBuilder().token(Secret.of("oauth-token-123")).build().machines().get("paperclip", "m1");

    fly.server().verify(getRequestedFor(urlEqualTo(M1)).withHeader("Authorization", equalTo("Bearer oauth-token-123")));
  }

  @Test
  void theExceptionFromA401DoesNotContainTheToken() {
    fly.stub(get(urlEqualTo(M1)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody(FlyFixtures.error("Authenticate: token validation error"))));

    assertThatThrownBy(() -> fly.client().machines().get("paperclip", "m1"))
        .isInstanceOf(FlyApiException.Unauthorized.class)
        .hasMessageContaining("token validation error")
        .satisfies(e -> assertThat(stackText(e)).doesNotContain(FlyApiStub.TOKEN));
  }

  @Test
  void aServerMessageThatEchoesTheTokenIsMasked() {
    fly.stub(get(urlEqualTo(M1)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody(FlyFixtures.error("bad token " + FlyApiStub.TOKEN))));

    assertThatThrownBy(() -> fly.client().machines().get("paperclip", "m1"))
        .hasMessageContaining("bad token ****")
        .satisfies(e -> assertThat(stackText(e)).doesNotContain(FlyApiStub.TOKEN));
  }

  @Test
  void theClientAndTokenToStringMaskTheToken() {
    FlyClient client = fly.client();

    assertThat(client.toString()).contains("FlyV1 ****").doesNotContain(FlyApiStub.TOKEN);
    assertThat(FlyToken.of(Secret.of(FlyApiStub.TOKEN)).toString()).doesNotContain(FlyApiStub.TOKEN);
  }

  @Test
  void debugLogsNameRequestsButNeverTheToken() {
    fly.stub(get(urlEqualTo(M1)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody(FlyFixtures.error("Authenticate: token validation error"))));
    Logger logger = Logger.getLogger("dev.paperclipfly.fly");
    List<String> lines = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level before = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
    try {
      assertThatThrownBy(() -> fly.client().machines().get("paperclip", "m1"));
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(before);
    }

    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain(FlyApiStub.TOKEN));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("GET /v1/apps/paperclip/machines/m1 -> HTTP 401"));
  }

  private static String stackText(Throwable t) {
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }
}
