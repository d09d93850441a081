package dev.crosscheck.pipeline;

import dev.crosscheck.cluster.ArticleLink;
import dev.crosscheck.cluster.CandidateRule;
import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one article's clustering links ({@link ArticleLink}) as the bytes a store saves, and reads
 * them back exactly. Thread-safe.
 *
 * <p>Layout: big-endian; the number of links, then per link the other article's id (UTF-8 length
 * and bytes) and the score (a float). The {@link #format} names everything the links depend on (the
 * layout, the fingerprint format, the clusterer's thresholds and candidate channels, the scorer's
 * costly signal): saved links of another format are dropped and found again.
 */
public final class LinkCodec {
  /**
   * The layout version: bump when the layout or how links are found changes. 2: each link in the
   * row of its greater id (was: of the article linked later).
   */
  static final int LAYOUT = 2;

  /** The format of links scored by the default (lexical) {@link LinkScorer}. */
  public static final String FORMAT = lexicalFormat(CandidateRule.DEFAULT);

  /**
   * The format of links scored by {@code scorer}: {@link #FORMAT} with the scorer's candidate rule,
   * followed by its ambiguous signal and band when it has one ({@link LinkScorer#ambiguousBand}).
   */
  public static String format(LinkScorer scorer) {
    String lexical = lexicalFormat(scorer.candidateRule());
    String band = scorer.ambiguousBand();
    return band.isEmpty() ? lexical : lexical + " " + band;
  }

  private static String lexicalFormat(CandidateRule rule) {
    return String.format(
        Locale.ROOT,
        "links-%d features-%d link-%s %s hot-key-%d lsh-%dx%d window-%d",
        LAYOUT,
        FingerprintCodec.FORMAT,
        IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
        rule.format(),
        IncrementalClusterer.DEFAULT_HOT_KEY_POSTINGS,
        FeatureExtractor.LSH_BANDS,
        FeatureExtractor.SIGNATURE_LENGTH,
        LinkScorer.DEFAULT_WINDOW_DAYS);
  }

  /** The saved form of {@code links}, all of one article. */
  public byte[] encode(List<ArticleLink> links) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 32 * links.size());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(links.size());
      for (ArticleLink link : links) {
        byte[] utf8 = link.other().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
        out.writeFloat(link.score());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The links of {@code article} saved in {@code bytes}.
   *
   * @throws IllegalArgumentException when the bytes are truncated or malformed
   */
  public List<ArticleLink> decode(String article, byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int n = count(in, Integer.BYTES + Float.BYTES);
      List<ArticleLink> links = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String other = new String(in.readNBytes(count(in, 1)), StandardCharsets.UTF_8);
        links.add(new ArticleLink(article, other, in.readFloat()));
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("links of " + article + " have trailing bytes");
      }
      return links;
    } catch (IOException e) {
      throw new IllegalArgumentException("links of " + article + " are truncated", e);
    }
  }

  /** A count that {@code bytesEach} bytes per item must still fit in the bytes left. */
  private static int count(DataInputStream in, int bytesEach) throws IOException {
    int n = in.readInt();
    if (n < 0 || (long) n * bytesEach > in.available()) {
      throw new IOException("count " + n + " exceeds the bytes left");
    }
    return n;
  }
}
