package dev.paperclipfly.core.config.internal;

/** String operations with JavaScript's exact semantics, so checks agree with Paperclip's. */
public final class JsText {
  private JsText() {}

  /** JavaScript's {@code String.prototype.trim}: strips WhiteSpace and LineTerminator code points. */
  public static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isJsWhitespace(value.charAt(start))) {
      start++;
    }
    while (end > start && isJsWhitespace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isJsWhitespace(char c) {
    return switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF -> true;
      default -> c >= 0x2000 && c <= 0x200A;
    };
  }
}
