package dev.crosscheck.spark;

import dev.crosscheck.similarity.DocumentFrequencies;
import java.io.Serializable;
import java.util.HashMap;

/**
 * The run-wide document frequencies, broadcast to the executors: each builds the engine's {@link
 * DocumentFrequencies} from them once.
 */
final class DfTable implements Serializable {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, Integer> counts;
  private final int documents;
  private transient volatile DocumentFrequencies frequencies;

  DfTable(HashMap<String, Integer> counts, int documents) {
    this.counts = counts;
    this.documents = documents;
  }

  DocumentFrequencies frequencies() {
    DocumentFrequencies f = frequencies;
    if (f == null) {
      synchronized (this) {
        if (frequencies == null) {
          frequencies = DocumentFrequencies.of(counts, documents);
        }
        f = frequencies;
      }
    }
    return f;
  }
}
