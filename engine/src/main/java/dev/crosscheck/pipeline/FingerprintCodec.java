package dev.crosscheck.pipeline;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.SparseVector;
import dev.crosscheck.fingerprint.MinHashSignature;
import dev.crosscheck.model.Article;
import dev.crosscheck.store.Fingerprint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an article's clustering features ({@link ArticleFeatures}) as the {@link Fingerprint} a
 * store keeps, and reads them back exactly (same vectors, keys, names, date and MinHash), so that
 * stories are clustered again without reading the texts. Thread-safe.
 *
 * <p>Format {@value #FORMAT}: big-endian; three sparse vectors (count, keys, float weights), the
 * entity names (count, then UTF-8 length and bytes each), the index keys (count, keys), the date
 * (epoch day, or {@link Long#MIN_VALUE} when unknown). The MinHash signature goes in its own
 * column. Bump {@link #FORMAT} whenever the features or this layout change: stored fingerprints of
 * another format are computed again from the text. Format 1 chose an article's entity keys in its
 * entity set's order, which changes from one process to the next; format 2 takes the most specific
 * ones.
 */
public final class FingerprintCodec {
  /** The format this codec writes and the only one it reads. */
  public static final int FORMAT = 2;

  private static final long NO_DATE = Long.MIN_VALUE;

  /** The stored form of {@code features}. */
  public Fingerprint encode(ArticleFeatures features) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, features.headline());
      write(out, features.body());
      write(out, features.entities());
      out.writeInt(features.entityNames().size());
      for (String name : features.entityNames()) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
      write(out, features.keys());
      out.writeLong(features.date() == null ? NO_DATE : features.date().toEpochDay());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Fingerprint(FORMAT, features.signature().values(), bytes.toByteArray());
  }

  /**
   * The features stored in {@code fingerprint}, for the article {@code head} (its text may be cut:
   * clustering reads only the head).
   *
   * @throws IllegalArgumentException when the fingerprint is of another format or malformed
   */
  public ArticleFeatures decode(Fingerprint fingerprint, Article head) {
    if (fingerprint.format() != FORMAT) {
      throw new IllegalArgumentException(
          "fingerprint format (" + fingerprint.format() + ") must be " + FORMAT);
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(fingerprint.features()))) {
      SparseVector headline = vector(in);
      SparseVector body = vector(in);
      SparseVector entities = vector(in);
      int names = count(in);
      List<String> entityNames = new ArrayList<>(names);
      for (int i = 0; i < names; i++) {
        entityNames.add(new String(in.readNBytes(count(in)), StandardCharsets.UTF_8));
      }
      long[] keys = longs(in);
      long day = in.readLong();
      if (in.read() != -1) {
        throw new IllegalArgumentException("fingerprint of " + head.id() + " has trailing bytes");
      }
      return new ArticleFeatures(
          head,
          headline,
          body,
          entities,
          entityNames,
          keys,
          new MinHashSignature(fingerprint.minhash()),
          day == NO_DATE ? null : LocalDate.ofEpochDay(day));
    } catch (IOException e) {
      throw new IllegalArgumentException("fingerprint of " + head.id() + " is truncated", e);
    }
  }

  private static void write(DataOutputStream out, SparseVector v) throws IOException {
    write(out, v.keys());
    for (float w : v.weights()) {
      out.writeFloat(w);
    }
  }

  private static void write(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    for (long value : values) {
      out.writeLong(value);
    }
  }

  private static SparseVector vector(DataInputStream in) throws IOException {
    long[] keys = longs(in);
    float[] weights = new float[keys.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = in.readFloat();
    }
    return keys.length == 0 ? SparseVector.EMPTY : new SparseVector(keys, weights);
  }

  private static long[] longs(DataInputStream in) throws IOException {
    long[] values = new long[count(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readLong();
    }
    return values;
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("count " + n + " exceeds the bytes left");
    }
    return n;
  }
}
