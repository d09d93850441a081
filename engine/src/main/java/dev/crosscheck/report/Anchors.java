package dev.crosscheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Maps story and article ids to URL-fragment tokens that are safe in both {@code id} and {@code
 * href} attributes. The same id always gives the same token, and distinct ids give distinct tokens.
 *
 * <p>Characters in {@code [A-Za-z0-9_-]} are kept; any other code point becomes {@code .hex.} (for
 * example {@code "} becomes {@code .22.}). Since {@code .} itself is always encoded, a token
 * decodes unambiguously. Ids whose token would exceed {@link #MAX_TOKEN_CHARS} are shortened to a
 * clean prefix followed by {@code .h.} and the SHA-256 of the id; {@code h} is not a hex digit, so
 * that form never occurs in a plain token.
 */
final class Anchors {

  /** The longest token written verbatim; longer ones are shortened with a digest. */
  static final int MAX_TOKEN_CHARS = 160;

  private static final int SHORT_PREFIX_CHARS = 64;

  private Anchors() {}

  /** The fragment id of a story's section. */
  static String story(String id) {
    return "story-" + token(id);
  }

  /** The fragment id of an article's block. */
  static String article(String id) {
    return "article-" + token(id);
  }

  /** The fragment id of the side-by-side view of an article with its source. */
  static String compare(String id) {
    return "compare-" + token(id);
  }

  /** The fragment token of an id; null is treated as the empty id. */
  static String token(String id) {
    String value = id == null ? "" : id;
    StringBuilder out = new StringBuilder(value.length());
    int cleanCut = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (isSafe(cp)) {
        out.append((char) cp);
      } else {
        out.append('.').append(Integer.toHexString(cp)).append('.');
      }
      if (out.length() <= SHORT_PREFIX_CHARS) {
        cleanCut = out.length();
      }
      i += Character.charCount(cp);
    }
    if (out.length() <= MAX_TOKEN_CHARS) {
      return out.toString();
    }
    return out.substring(0, cleanCut) + ".h." + sha256(value);
  }

  private static boolean isSafe(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || cp == '_'
        || cp == '-';
  }

  private static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
