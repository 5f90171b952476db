package dev.paperclipfly.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeApisExtension.class)
class FakeApisExtensionTest {
  @Test
  void aTestReceivesRunningFakesOfBothApis(FakeFly fly, FakeTailscale tailscale) {
    ApiCaller flyApi = new ApiCaller(fly.baseUri());
    ApiCaller tsApi = new ApiCaller(tailscale.baseUri());

    assertThat(flyApi.get("/apps/none").status()).isEqualTo(404);
    assertThat(tsApi.get("/tailnet/-/settings").status()).isEqualTo(200);
  }
}
