package dev.crosscheck.bench;

import dev.crosscheck.fingerprint.LshIndex;
import dev.crosscheck.fingerprint.MinHashSignature;
import dev.crosscheck.fingerprint.MinHasher;
import dev.crosscheck.fingerprint.Shingler;
import dev.crosscheck.text.Tokenizer;
import info.debatty.java.lsh.LSHMinHash;
import info.debatty.java.lsh.MinHash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.openhft.hashing.LongHashFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Documents per second on one thread (so per core) for fingerprinting 4 KB news-like texts, side by
 * side: {@code bare} only tokenizes and hashes every token (the floor); {@code crosscheck}
 * tokenizes, shingles, signs with one-permutation MinHash, inserts into {@link LshIndex} and
 * queries its candidates; {@code javaLsh} does the same with info.debatty:java-lsh (MinHash over
 * integer shingle sets, banding into buckets kept in hash maps). Each invocation processes the
 * whole batch into a fresh index.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FingerprintBenchmark {
  /** Documents per invocation. */
  static final int DOCUMENTS = 1_000;

  private static final LongHashFunction XX3 = LongHashFunction.xx3(0);

  private final Tokenizer tokenizer = new Tokenizer();
  private final Shingler shingler = new Shingler();
  private final MinHasher minHasher = new MinHasher();
  private List<String> texts;
  private LSHMinHash javaLsh;
  private MinHash javaMinHash;

  @Setup(Level.Trial)
  public void setUp() {
    texts = NewsTexts.generate(DOCUMENTS, 42);
    // 32 stages over 128 hashes, like LshIndex's 32 bands of 4 rows.
    javaLsh = new LSHMinHash(32, 1 << 20, 1 << 30, 42);
    javaMinHash = new MinHash(128, 1 << 30, 42);
  }

  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void bare(Blackhole hole) {
    for (String text : texts) {
      long h = 0;
      for (String token : tokenizer.tokenize(text)) {
        h ^= XX3.hashChars(token);
      }
      hole.consume(h);
    }
  }

  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void crosscheck(Blackhole hole) {
    LshIndex<Integer> index = new LshIndex<>();
    for (int i = 0; i < texts.size(); i++) {
      MinHashSignature signature =
          minHasher.sign(shingler.shingle(tokenizer.tokenize(texts.get(i))));
      hole.consume(index.candidates(signature));
      index.add(i, signature);
    }
  }

  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void javaLsh(Blackhole hole) {
    List<Map<Integer, List<Integer>>> buckets = new ArrayList<>();
    for (int s = 0; s < 32; s++) {
      buckets.add(new HashMap<>());
    }
    for (int i = 0; i < texts.size(); i++) {
      Set<Integer> shingles = new HashSet<>();
      for (long shingle : shingler.shingle(tokenizer.tokenize(texts.get(i)))) {
        shingles.add((int) (shingle & 0x3FFFFFFF));
      }
      int[] hash = javaLsh.hashSignature(javaMinHash.signature(shingles));
      Set<Integer> candidates = new HashSet<>();
      for (int s = 0; s < hash.length; s++) {
        List<Integer> bucket = buckets.get(s).computeIfAbsent(hash[s], k -> new ArrayList<>());
        candidates.addAll(bucket);
        bucket.add(i);
      }
      hole.consume(candidates);
    }
  }
}
