package dev.paperclipfly.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PaperclipConfigJsonTest {
  static String resource(String name) {
    try (InputStream in = PaperclipConfigJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theFieldReportConfigIsWrittenBackExactlyAsRead() {
    String seed = resource("seed-config.json");
    PaperclipConfig config = PaperclipConfigJson.read(seed);
    assertThat(PaperclipConfigJson.write(config)).isEqualTo(seed);
  }
}
