package dev.paperclipfly.fly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperclipfly.core.Secret;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FlyTokenTest {

  @ParameterizedTest(name = "{0} is sent as {1} {2}")
  @CsvSource({
      "fm2_abc, FLY_V1, fm2_abc",
      "fm1r_abc, FLY_V1, fm1r_abc",
      "fm1a_abc, FLY_V1, fm1a_abc",
      "'FlyV1 fm2_abc', FLY_V1, fm2_abc",
      "'Bearer oauth123', BEARER, oauth123",
      "oauth123, BEARER, oauth123",
      "'FlyV1 fm2_a,fm2_b', FLY_V1, 'fm2_a,fm2_b'",
      "'oauth123,fm2_b', FLY_V1, fm2_b",
  })
  void theSchemeFollowsTheTokenKind(String input, FlyToken.Scheme scheme, String sent) {
    FlyToken token = FlyToken.of(Secret.of(input));

    assertThat(token.scheme()).isEqualTo(scheme);
    assertThat(token.secret().reveal()).isEqualTo(sent);
  }

  @Test
  void aSchemeWordWithoutATokenIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> FlyToken.of(Secret.of("Bearer")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Test
  void aClientWithoutATokenSaysHowToGiveOne() {
    assertThatThrownBy(() -> FlyClient.builder().build()).hasMessageContaining("FLY_API_TOKEN");
  }

  @Test
  void aBaseUriWithTheVersionPathIsAccepted() {
    FlyClient client = FlyClient.builder().token(Secret.of("fm2_x")).baseUri(java.net.URI.create("https://api.machines.dev/v1/")).build();

    assertThat(client.baseUri()).hasToString("https://api.machines.dev");
  }

  @Test
  void aBaseUriThatIsNotHttpIsRejected() {
    assertThatThrownBy(() -> FlyClient.builder().baseUri(java.net.URI.create("ftp://api.machines.dev")))
        .hasMessageContaining("not an http(s) URL");
  }
}
