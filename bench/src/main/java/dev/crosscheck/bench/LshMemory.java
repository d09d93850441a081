package dev.crosscheck.bench;

import dev.crosscheck.fingerprint.LshIndex;
import dev.crosscheck.fingerprint.MinHashSignature;
import dev.crosscheck.fingerprint.MinHasher;
import dev.crosscheck.fingerprint.Shingler;
import dev.crosscheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Heap bytes per indexed document of {@link LshIndex}: signs N texts first, then measures the heap
 * before and after adding them (keys are preallocated Integers, so only the index is counted). Run:
 * {@code java -cp bench/target/benchmarks.jar dev.crosscheck.bench.LshMemory [N]}.
 */
public final class LshMemory {
  private LshMemory() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Tokenizer tokenizer = new Tokenizer();
    Shingler shingler = new Shingler();
    MinHasher hasher = new MinHasher();
    List<MinHashSignature> signatures = new ArrayList<>(n);
    List<Integer> keys = new ArrayList<>(n);
    // Distinct texts: 2,000 generated texts, each shifted by its number to vary the shingles.
    List<String> texts = NewsTexts.generate(2_000, 7);
    for (int i = 0; i < n; i++) {
      String text = i + " " + texts.get(i % texts.size()) + " " + (i * 31);
      List<String> tokens = tokenizer.tokenize(text);
      signatures.add(hasher.sign(shingler.shingle(tokens.subList(i % 50, tokens.size()))));
      keys.add(i);
    }
    long before = usedHeap();
    LshIndex<Integer> index = new LshIndex<>();
    for (int i = 0; i < n; i++) {
      index.add(keys.get(i), signatures.get(i));
    }
    long after = usedHeap();
    System.out.printf(
        Locale.ROOT,
        "LshIndex (%d bands x %d rows): %d documents, %.0f bytes per document%n",
        index.bands(),
        index.rows(),
        index.size(),
        (after - before) / (double) n);
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
