package dev.paperclipfly.testkit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

/** Identifier shapes the vendors use, from a seeded generator so runs are reproducible. */
final class Ids {
  private static final String ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
  private final Random random;

  Ids(long seed) {
    this.random = new Random(seed);
  }

  synchronized String hex(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  synchronized String alnum(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return sb.toString();
  }

  /** A 26-character upper-case id like Fly's machine versions (ULID alphabet). */
  synchronized String ulid() {
    String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    StringBuilder sb = new StringBuilder(26);
    for (int i = 0; i < 26; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static String sha256Hex(String value, int length) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
