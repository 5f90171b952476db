package dev.paperclipfly.tailscale.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MagicDnsNameTest {
  @Test
  void splitsADeviceNameIntoHostAndTailnetSuffix() {
    MagicDnsName n = MagicDnsName.parse("host.tail1234ab.ts.net").orElseThrow();

    assertThat(n.host()).isEqualTo("host");
    assertThat(n.suffix()).isEqualTo("tail1234ab.ts.net");
    assertThat(n.fqdn()).isEqualTo("host.tail1234ab.ts.net");
  }

  @Test
  void ignoresTheTrailingDotOfAnAbsoluteName() {
    assertThat(MagicDnsName.parse("paperclip-1.tail1234ab.ts.net.").orElseThrow().suffix())
        .isEqualTo("tail1234ab.ts.net");
  }

  @Test
  void hasNoSuffixForABareHostName() {
    assertThat(MagicDnsName.parse("paperclip")).isEmpty();
    assertThat(MagicDnsName.parse("paperclip.")).isEmpty();
  }
}
