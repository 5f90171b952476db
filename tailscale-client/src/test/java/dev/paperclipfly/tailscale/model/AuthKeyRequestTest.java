package dev.paperclipfly.tailscale.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperclipfly.core.validation.Problem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthKeyRequestTest {
  @Test
  void defaultsToASingleUseUntaggedKeyThatIsValid() {
    AuthKeyRequest r = AuthKeyRequest.builder().build();

    assertThat(r.reusable()).isFalse();
    assertThat(r.preauthorized()).isFalse();
    assertThat(r.validate().problems()).isEmpty();
  }

  @Test
  void allowsLettersDigitsHyphensAndSpacesInTheDescription() {
    assertThat(AuthKeyRequest.builder().description("paperclip-fly deploy 2").build().validate().isValid()).isTrue();
  }

  @Test
  void namesTheTagThatIsMissingItsPrefix() {
    Problem p = AuthKeyRequest.builder().addTags("tag:ok", "paperclip").build().validate().errors().get(0);

    assertThat(p.path()).isEqualTo("tags[1]");
    assertThat(p.message()).contains("'paperclip'").contains("tag:name");
  }

  @Test
  void warnsButDoesNotRefuseAnExpiryBeyond90Days() {
    var result = AuthKeyRequest.builder().expiry(Duration.ofDays(91)).build().validate();

    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).singleElement().extracting(Problem::path).isEqualTo("expiry");
  }

  @Test
  void refusesAZeroExpiry() {
    assertThat(AuthKeyRequest.builder().expiry(Duration.ZERO).build().validate().errors())
        .singleElement().extracting(Problem::path).isEqualTo("expiry");
  }
}
