package dev.crosscheck.train;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns texts and text pairs into padded word-piece batches with DJL's Hugging Face tokenizer: a
 * pair becomes {@code [CLS] a [SEP] b [SEP]} with token type 0 up to the first [SEP] and 1 after,
 * the longer side cut first when the pair exceeds the cap.
 */
public final class PairTokenizer implements AutoCloseable {
  /** The piece cap of a row, [CLS] and [SEP]s included. */
  public static final int DEFAULT_MAX_PIECES = 128;

  private final HuggingFaceTokenizer tokenizer;

  private PairTokenizer(HuggingFaceTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /**
   * A tokenizer read from a tokenizer.json.
   *
   * @throws IllegalArgumentException when maxPieces is below 4
   */
  public static PairTokenizer of(byte[] tokenizerJson, int maxPieces) {
    if (maxPieces < 4) {
      throw new IllegalArgumentException("maxPieces (" + maxPieces + ") must be >= 4");
    }
    try {
      return new PairTokenizer(
          HuggingFaceTokenizer.newInstance(
              new ByteArrayInputStream(tokenizerJson),
              Map.of(
                  "maxLength", String.valueOf(maxPieces),
                  "truncation", "true",
                  "padding", "false")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Single texts, one row each. */
  public TokenBatch texts(List<String> texts) {
    List<Encoding> encodings = new ArrayList<>();
    for (String text : texts) {
      encodings.add(tokenizer.encode(text));
    }
    return pad(encodings);
  }

  /**
   * Pairs, one row each.
   *
   * @throws IllegalArgumentException when the lists differ in size
   */
  public TokenBatch pairs(List<String> first, List<String> second) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException(
          "first (" + first.size() + ") and second (" + second.size() + ") must be equally long");
    }
    List<Encoding> encodings = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      encodings.add(tokenizer.encode(first.get(i), second.get(i)));
    }
    return pad(encodings);
  }

  private static TokenBatch pad(List<Encoding> encodings) {
    int length = 0;
    for (Encoding e : encodings) {
      length = Math.max(length, e.getIds().length);
    }
    long[][] ids = new long[encodings.size()][length];
    long[][] types = new long[encodings.size()][length];
    long[][] mask = new long[encodings.size()][length];
    for (int row = 0; row < encodings.size(); row++) {
      Encoding e = encodings.get(row);
      System.arraycopy(e.getIds(), 0, ids[row], 0, e.getIds().length);
      System.arraycopy(e.getTypeIds(), 0, types[row], 0, e.getTypeIds().length);
      System.arraycopy(e.getAttentionMask(), 0, mask[row], 0, e.getAttentionMask().length);
    }
    return new TokenBatch(ids, types, mask);
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
