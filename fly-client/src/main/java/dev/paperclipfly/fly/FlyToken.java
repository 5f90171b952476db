package dev.paperclipfly.fly;

import dev.paperclipfly.core.Secret;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Fly API token and the {@code Authorization} scheme it needs. Macaroon tokens ({@code fm1r_},
 * {@code fm1a_}, {@code fm2_}, as printed by {@code fly tokens create}) go out as {@code FlyV1 ...};
 * older OAuth tokens as {@code Bearer ...}. A value pasted with its scheme ({@code "FlyV1 fm2_..."}) is
 * accepted, as are several comma-separated tokens, the way flyctl reads them. {@link #toString()} never
 * shows the value.
 */
public final class FlyToken {
  private static final String[] MACAROON_PREFIXES = {"fm1r_", "fm1a_", "fm2_"};

  /** How the token is presented in the {@code Authorization} header. */
  public enum Scheme {
    /** {@code Authorization: FlyV1 <macaroons>}. */
    FLY_V1("FlyV1"),
    /** {@code Authorization: Bearer <token>}. */
    BEARER("Bearer");

    private final String headerWord;

    Scheme(String headerWord) {
      this.headerWord = headerWord;
    }

    /** The word that precedes the token in the header. */
    public String headerWord() {
      return headerWord;
    }
  }

  private final Secret value;
  private final Scheme scheme;

  private FlyToken(Secret value, Scheme scheme) {
    this.value = value;
    this.scheme = scheme;
  }

  /**
   * Classifies a token.
   *
   * @throws IllegalArgumentException when nothing is left after removing a scheme word (the message
   *     never contains the value)
   */
  public static FlyToken of(Secret token) {
    Objects.requireNonNull(token, "token");
    String[] parts = Arrays.stream(token.reveal().split(","))
        .map(String::strip)
        .map(FlyToken::stripScheme)
        .filter(p -> !p.isEmpty())
        .toArray(String[]::new);
    if (parts.length == 0) {
      throw new IllegalArgumentException("Fly token is empty after removing its scheme: pass the token itself");
    }
    boolean macaroon = Arrays.stream(parts).anyMatch(FlyToken::isMacaroon);
    // flyctl's rule: any macaroon means FlyV1 with all macaroons comma-joined; otherwise Bearer.
    String joined = macaroon
        ? Arrays.stream(parts).filter(FlyToken::isMacaroon).collect(Collectors.joining(","))
        : parts[0];
    return new FlyToken(Secret.of(joined), macaroon ? Scheme.FLY_V1 : Scheme.BEARER);
  }

  /**
   * Reads a token from an environment variable such as {@code FLY_API_TOKEN}.
   *
   * @throws IllegalArgumentException naming the variable when it is unset or blank
   */
  public static FlyToken fromEnv(String variable) {
    return of(Secret.fromEnv(variable));
  }

  private static String stripScheme(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    for (Scheme s : Scheme.values()) {
      String word = s.headerWord().toLowerCase(Locale.ROOT) + " ";
      if (lower.equals(word.strip())) {
        return "";
      }
      if (lower.startsWith(word)) {
        return part.substring(word.length()).strip();
      }
    }
    return part;
  }

  private static boolean isMacaroon(String part) {
    return Arrays.stream(MACAROON_PREFIXES).anyMatch(part::startsWith);
  }

  /** The scheme this token is sent with. */
  public Scheme scheme() {
    return scheme;
  }

  /** The token without its scheme word; reveal it only where it is sent. */
  public Secret secret() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlyToken other && other.scheme == scheme && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, value);
  }

  @Override
  public String toString() {
    return "FlyToken[" + scheme.headerWord() + " ****]";
  }
}
