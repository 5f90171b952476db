package dev.paperclipfly.core.config.internal;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the WHATWG URL parser (Node's {@code URL.canParse}) accepts a string without a base, which
 * is what zod's {@code z.string().url()} checks for {@code auth.publicBaseUrl}.
 *
 * <p>Follows the URL Standard's failure points: scheme, special-scheme authority, credentials with a
 * missing host, port, IPv6, IPv4 and forbidden host code points. Internationalised host names go
 * through {@link IDN} (IDNA 2003), an approximation of UTS 46 for non-ASCII hosts.
 */
public final class WhatwgUrl {
  private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp", "file");
  private static final String FORBIDDEN_HOST = "\u0000\t\n\r #/:<>?@[\\]^|";

  private WhatwgUrl() {}

  /** True when {@code new URL(input)} would succeed. */
  public static boolean canParse(String input) {
    String s = stripControlsAndSpaces(input).replaceAll("[\t\n\r]", "");
    if (s.isEmpty() || !isAsciiAlpha(s.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < s.length() && (isAsciiAlphanumeric(s.charAt(i)) || "+-.".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    if (i == s.length() || s.charAt(i) != ':') {
      return false;
    }
    String scheme = s.substring(0, i).toLowerCase(Locale.ROOT);
    String rest = s.substring(i + 1);
    if (scheme.equals("file")) {
      return fileOk(rest);
    }
    if (SPECIAL.contains(scheme)) {
      int start = 0;
      while (start < rest.length() && (rest.charAt(start) == '/' || rest.charAt(start) == '\\')) {
        start++;
      }
      return authorityOk(upTo(rest.substring(start), "/\\?#"), true);
    }
    if (rest.startsWith("//")) {
      return authorityOk(upTo(rest.substring(2), "/?#"), false);
    }
    return true;
  }

  private static boolean fileOk(String rest) {
    if (rest.length() < 2 || !isSlash(rest.charAt(0)) || !isSlash(rest.charAt(1))) {
      return true;
    }
    String host = upTo(rest.substring(2), "/\\?#");
    boolean driveLetter = host.length() == 2 && isAsciiAlpha(host.charAt(0))
        && (host.charAt(1) == ':' || host.charAt(1) == '|');
    return driveLetter || host.isEmpty() || hostOk(host, false);
  }

  private static boolean authorityOk(String authority, boolean special) {
    int at = authority.lastIndexOf('@');
    String hostAndPort = at >= 0 ? authority.substring(at + 1) : authority;
    if (at >= 0 && hostAndPort.isEmpty()) {
      return false;
    }
    boolean inBrackets = false;
    int colon = -1;
    for (int i = 0; i < hostAndPort.length() && colon < 0; i++) {
      char c = hostAndPort.charAt(i);
      if (c == '[') {
        inBrackets = true;
      } else if (c == ']') {
        inBrackets = false;
      } else if (c == ':' && !inBrackets) {
        colon = i;
      }
    }
    String host = colon >= 0 ? hostAndPort.substring(0, colon) : hostAndPort;
    if (host.isEmpty()) {
      return !special && colon < 0;
    }
    if (colon >= 0 && !portOk(hostAndPort.substring(colon + 1))) {
      return false;
    }
    return hostOk(host, !special);
  }

  private static boolean portOk(String port) {
    if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    String digits = port.replaceFirst("^0+(?=.)", "");
    return digits.length() <= 5 && (digits.isEmpty() || Integer.parseInt(digits) <= 65535);
  }

  private static boolean hostOk(String host, boolean opaque) {
    if (host.startsWith("[")) {
      return host.endsWith("]") && ipv6Ok(host.substring(1, host.length() - 1));
    }
    if (opaque) {
      for (char c : host.toCharArray()) {
        if (FORBIDDEN_HOST.indexOf(c) >= 0) {
          return false;
        }
      }
      return true;
    }
    String domain = percentDecode(host);
    String ascii = domain.chars().allMatch(c -> c < 0x80) ? domain.toLowerCase(Locale.ROOT) : toAscii(domain);
    if (ascii == null) {
      return false;
    }
    if (ascii.isEmpty()) {
      return false;
    }
    for (char c : ascii.toCharArray()) {
      if (FORBIDDEN_HOST.indexOf(c) >= 0 || c <= 0x1F || c == '%' || c == 0x7F) {
        return false;
      }
    }
    return !endsInANumber(ascii) || ipv4Ok(ascii);
  }

  /** IDNA conversion of a non-ASCII domain, or null when it has no ASCII form. */
  private static String toAscii(String domain) {
    try {
      return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean endsInANumber(String host) {
    List<String> parts = labels(host);
    if (parts.isEmpty()) {
      return false;
    }
    String last = parts.get(parts.size() - 1);
    return (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) || ipv4Number(last) >= 0;
  }

  private static boolean ipv4Ok(String host) {
    List<String> parts = labels(host);
    if (parts.size() > 4) {
      return false;
    }
    List<Long> numbers = new ArrayList<>();
    for (String part : parts) {
      long n = ipv4Number(part);
      if (n < 0) {
        return false;
      }
      numbers.add(n);
    }
    for (int i = 0; i < numbers.size() - 1; i++) {
      if (numbers.get(i) > 255) {
        return false;
      }
    }
    return numbers.get(numbers.size() - 1) < (long) Math.pow(256, 5 - numbers.size());
  }

  /** Labels split on dots, without one trailing empty label. */
  private static List<String> labels(String host) {
    List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
    if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }

  /** An IPv4 number in decimal, octal ({@code 0}-prefixed) or hex ({@code 0x}), or -1; capped above 2^32. */
  private static long ipv4Number(String part) {
    if (part.isEmpty()) {
      return -1;
    }
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return 0;
    }
    long value = 0;
    for (char c : digits.toCharArray()) {
      int d = Character.digit(c, radix);
      if (d < 0 || c > 0x7F) {
        return -1;
      }
      value = Math.min(value * radix + d, 1L << 40);
    }
    return value;
  }

  private static boolean ipv6Ok(String s) {
    int[] address = new int[8];
    int pieceIndex = 0;
    int compress = -1;
    int p = 0;
    int n = s.length();
    if (p < n && s.charAt(p) == ':') {
      if (p + 1 >= n || s.charAt(p + 1) != ':') {
        return false;
      }
      p += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (p < n) {
      if (pieceIndex == 8) {
        return false;
      }
      if (s.charAt(p) == ':') {
        if (compress != -1) {
          return false;
        }
        p++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      int value = 0;
      int length = 0;
      while (length < 4 && p < n && Character.digit(s.charAt(p), 16) >= 0 && s.charAt(p) < 0x80) {
        value = value * 16 + Character.digit(s.charAt(p), 16);
        p++;
        length++;
      }
      if (p < n && s.charAt(p) == '.') {
        if (length == 0) {
          return false;
        }
        p -= length;
        if (pieceIndex > 6) {
          return false;
        }
        int numbersSeen = 0;
        while (p < n) {
          int piece = -1;
          if (numbersSeen > 0) {
            if (s.charAt(p) == '.' && numbersSeen < 4) {
              p++;
            } else {
              return false;
            }
          }
          if (p >= n || !isAsciiDigit(s.charAt(p))) {
            return false;
          }
          while (p < n && isAsciiDigit(s.charAt(p))) {
            int digit = s.charAt(p) - '0';
            if (piece == -1) {
              piece = digit;
            } else if (piece == 0) {
              return false;
            } else {
              piece = piece * 10 + digit;
            }
            if (piece > 255) {
              return false;
            }
            p++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
          numbersSeen++;
          if (numbersSeen == 2 || numbersSeen == 4) {
            pieceIndex++;
          }
        }
        return numbersSeen == 4 && (compress != -1 || pieceIndex == 8);
      } else if (p < n && s.charAt(p) == ':') {
        p++;
        if (p >= n) {
          return false;
        }
      } else if (p < n) {
        return false;
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    return compress != -1 || pieceIndex == 8;
  }

  private static String percentDecode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length
          && Character.digit(bytes[i + 1], 16) >= 0 && Character.digit(bytes[i + 2], 16) >= 0) {
        out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String stripControlsAndSpaces(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) <= 0x20) {
      start++;
    }
    while (end > start && value.charAt(end - 1) <= 0x20) {
      end--;
    }
    return value.substring(start, end);
  }

  private static String upTo(String value, String terminators) {
    for (int i = 0; i < value.length(); i++) {
      if (terminators.indexOf(value.charAt(i)) >= 0) {
        return value.substring(0, i);
      }
    }
    return value;
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

  private static boolean isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return isAsciiAlpha(c) || isAsciiDigit(c);
  }
}
