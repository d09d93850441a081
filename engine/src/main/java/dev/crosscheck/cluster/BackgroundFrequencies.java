package dev.crosscheck.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of words and entities in a fixed background collection, giving the inverse
 * document frequency that weights terms. Fixed rather than counted over the articles being
 * clustered: a weight that changed as articles arrive would make stories depend on arrival order
 * and force old stories to be recomputed. Terms absent from the table count as seen once (rare:
 * heavy). The bundled table ({@link #RESOURCE}) was counted over the allsides-train split by {@code
 * dev.crosscheck.eval.stories.BackgroundTableBuilder}; entities are prefixed {@value
 * #ENTITY_PREFIX}. Immutable and thread-safe.
 */
public final class BackgroundFrequencies {
  /** The bundled table, a class-path resource. */
  public static final String RESOURCE = "background-df.tsv";

  /** First line of a table of this format version; followed by a tab and the document count. */
  public static final String MAGIC = "crosscheck-background-df\tv1";

  /** Key prefix of entities in the table. */
  public static final String ENTITY_PREFIX = "@";

  private static volatile BackgroundFrequencies bundled;

  private final Map<String, Integer> frequencies;
  private final int documents;

  public BackgroundFrequencies(Map<String, Integer> frequencies, int documents) {
    if (documents < 1) {
      throw new IllegalArgumentException("documents (" + documents + ") must be >= 1");
    }
    this.frequencies = Map.copyOf(frequencies);
    this.documents = documents;
  }

  /** The bundled table, loaded once. */
  public static BackgroundFrequencies bundled() {
    if (bundled == null) {
      synchronized (BackgroundFrequencies.class) {
        if (bundled == null) {
          bundled = load();
        }
      }
    }
    return bundled;
  }

  /** The smoothed idf {@code ln((1 + N) / (1 + df)) + 1} of a word, df at least 1; always > 0. */
  public double idf(String term) {
    int df = Math.max(1, frequencies.getOrDefault(term, 1));
    return Math.log((1.0 + documents) / (1.0 + df)) + 1;
  }

  /** The idf of an entity. */
  public double entityIdf(String entity) {
    return idf(ENTITY_PREFIX + entity);
  }

  public int documents() {
    return documents;
  }

  private static BackgroundFrequencies load() {
    try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table: the {@link #MAGIC} header with the document count, then term, tab, df. */
  static BackgroundFrequencies read(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null || !header.startsWith(MAGIC + "\t")) {
      throw new IllegalStateException(RESOURCE + " is corrupt or of another version: " + header);
    }
    int documents = Integer.parseInt(header.substring(MAGIC.length() + 1).strip());
    Map<String, Integer> frequencies = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        frequencies.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    }
    return new BackgroundFrequencies(frequencies, documents);
  }
}
