package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes what an article says, not where it came from: SHA-256 over its extracted fields except
 * {@code id} and {@code input}, each length-prefixed so that no two field lists collide by
 * concatenation. The same file stored under another name hashes the same; the same text from
 * another outlet (another source or url) does not. Deterministic and stable across runs and
 * versions (a change would need a store migration); thread-safe.
 */
public final class ContentHasher {
  /** The digest algorithm. */
  public static final String ALGORITHM = "SHA-256";

  /** The hash of {@code article}: 64 lower-case hex digits. */
  public String hash(Article article) {
    MessageDigest digest = newDigest();
    String[] fields = {
      article.title(),
      article.byline(),
      article.source(),
      article.url(),
      article.published(),
      article.language(),
      article.text()
    };
    for (String field : fields) {
      if (field == null) {
        digest.update((byte) 0);
      } else {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(lengthBytes(bytes.length));
        digest.update(bytes);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] lengthBytes(int length) {
    return new byte[] {
      (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length
    };
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(ALGORITHM + " is required by the Java platform", e);
    }
  }
}
