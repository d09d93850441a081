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
import net.openhft.hashing.LongHashFunction;

/**
 * The contenders of the fingerprint benchmarks, each one pass over a batch of texts into a fresh
 * index, returning a checksum so that nothing is optimized away: {@link #bare} only tokenizes and
 * hashes every token (the practical ceiling); {@link #crosscheck} tokenizes, shingles, signs with
 * one-permutation MinHash, and adds each signature to {@link LshIndex} while querying its
 * candidates; {@link #javaLsh} does the same with info.debatty:java-lsh (MinHash over integer
 * shingle sets, 32 stages, buckets kept in hash maps).
 */
final class FingerprintPasses {
  private static final LongHashFunction XX3 = LongHashFunction.xx3(0);

  private final Tokenizer tokenizer = new Tokenizer();
  private final Shingler shingler = new Shingler();
  private final MinHasher minHasher = new MinHasher();
  // 32 stages over 128 hashes, like LshIndex's 32 bands of 4 rows.
  private final LSHMinHash javaLsh = new LSHMinHash(32, 1 << 20, 1 << 30, 42);
  private final MinHash javaMinHash = new MinHash(128, 1 << 30, 42);

  long bare(List<String> texts) {
    long checksum = 0;
    for (String text : texts) {
      for (String token : tokenizer.tokenize(text)) {
        checksum ^= XX3.hashChars(token);
      }
    }
    return checksum;
  }

  long crosscheck(List<String> texts) {
    return crosscheck(texts, new LshIndex<>(), 0);
  }

  /** Adds {@code texts} to {@code index} under keys from {@code firstKey}; counts candidates. */
  long crosscheck(List<String> texts, LshIndex<Integer> index, int firstKey) {
    long candidates = 0;
    for (int i = 0; i < texts.size(); i++) {
      MinHashSignature signature =
          minHasher.sign(shingler.shingleInTextOrder(tokenizer.tokenize(texts.get(i))));
      candidates += index.addAndFind(firstKey + i, signature).size();
    }
    return candidates;
  }

  long javaLsh(List<String> texts) {
    List<Map<Integer, List<Integer>>> buckets = new ArrayList<>();
    for (int s = 0; s < 32; s++) {
      buckets.add(new HashMap<>());
    }
    long candidates = 0;
    for (int i = 0; i < texts.size(); i++) {
      Set<Integer> shingles = new HashSet<>();
      for (long shingle : shingler.shingle(tokenizer.tokenize(texts.get(i)))) {
        shingles.add((int) (shingle & 0x3FFFFFFF));
      }
      int[] hash = javaLsh.hashSignature(javaMinHash.signature(shingles));
      Set<Integer> found = new HashSet<>();
      for (int s = 0; s < hash.length; s++) {
        List<Integer> bucket = buckets.get(s).computeIfAbsent(hash[s], k -> new ArrayList<>());
        found.addAll(bucket);
        bucket.add(i);
      }
      candidates += found.size();
    }
    return candidates;
  }
}
