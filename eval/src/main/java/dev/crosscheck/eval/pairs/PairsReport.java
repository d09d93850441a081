package dev.crosscheck.eval.pairs;

import java.util.List;

/**
 * The result of a pair evaluation over one or more sets.
 *
 * @param rows one row per set, then one per reported language pair
 * @param embeddings embeddings computed over the whole run
 */
public record PairsReport(List<PairsRow> rows, long embeddings) {
  public PairsReport {
    rows = List.copyOf(rows);
  }

  /** The printed table. */
  public String table() {
    StringBuilder out = new StringBuilder(PairsRow.header()).append('\n');
    rows.forEach(r -> out.append(r.format()).append('\n'));
    out.append("embeddings computed: ").append(embeddings).append('\n');
    return out.toString();
  }
}
