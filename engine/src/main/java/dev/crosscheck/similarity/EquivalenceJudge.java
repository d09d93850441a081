package dev.crosscheck.similarity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether two short texts state the same content: a logistic regression over {@link
 * ShortPairFeatures}, positive when the probability reaches {@link #THRESHOLD}.
 *
 * <p>The shipped weights are the resource {@value #RESOURCE} beside this class, fitted on MSRP
 * train (4,076 pairs, Dolan and Brockett 2005) by {@code dev.crosscheck.eval.pairs.EquivalenceFit}
 * (L2-penalized logistic regression, Newton's method) on the features as {@link
 * PairComparer#shortFeatures} computes them with the shipped MiniLM model, the cross-encoder's
 * feature taken from its out-of-fold logits ({@code --cross-encoder-logits}: the shipped
 * cross-encoder was trained on MSRP train, so its own logits there are in-sample), and written by
 * {@code crosscheck eval pairs --data DIR --cross-encoder-logits FILE --fit-judge FILE}; refit when
 * a feature changes. The file is text: {@code #} comments, then {@code name<TAB>value} lines:
 * {@code format} ({@value #FORMAT}), {@code bias}, and one weight per feature named as in {@link
 * ShortPairFeatures#NAMES}. Thread-safe.
 */
public final class EquivalenceJudge {
  /** The class-path resource (beside this class) holding the shipped weights. */
  public static final String RESOURCE = "equivalence-judge.tsv";

  /**
   * The version of the weights file this class reads and writes: 2 since {@link
   * ShortPairFeatures#crossEncoder()} joined the features (format 1 had 28 weights and is refused).
   */
  public static final int FORMAT = 2;

  /** The probability from which two texts are judged equivalent. */
  public static final double THRESHOLD = 0.5;

  private static volatile EquivalenceJudge shipped;

  private final double bias;
  private final double[] weights;

  /**
   * A judge with intercept {@code bias} and one weight per feature, in the order of {@link
   * ShortPairFeatures#vector()}.
   *
   * @throws IllegalArgumentException if there are not {@link ShortPairFeatures#COUNT} weights or a
   *     value is not finite
   */
  public EquivalenceJudge(double bias, double[] weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length != ShortPairFeatures.COUNT) {
      throw new IllegalArgumentException(
          "weights (" + weights.length + ") must be " + ShortPairFeatures.COUNT);
    }
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias (" + bias + ") must be finite");
    }
    for (int i = 0; i < weights.length; i++) {
      if (!Double.isFinite(weights[i])) {
        throw new IllegalArgumentException("weight " + i + " (" + weights[i] + ") must be finite");
      }
    }
    this.bias = bias;
    this.weights = weights.clone();
  }

  /**
   * The judge with the shipped weights ({@value #RESOURCE}), read once.
   *
   * @throws IllegalStateException if the resource is missing or unreadable
   */
  public static EquivalenceJudge shipped() {
    EquivalenceJudge result = shipped;
    if (result == null) {
      synchronized (EquivalenceJudge.class) {
        result = shipped;
        if (result == null) {
          shipped = result = readShipped();
        }
      }
    }
    return result;
  }

  private static EquivalenceJudge readShipped() {
    try (InputStream in = EquivalenceJudge.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is not on the class path");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a weights file in the format {@link #text} writes; {@code name} names it in errors.
   *
   * @throws IllegalStateException if the format is too old or too new, a line is malformed, a
   *     feature is missing, unknown or repeated
   */
  public static EquivalenceJudge read(Reader reader, String name) throws IOException {
    Map<String, Double> values = new HashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      Double value = parts.length == 2 ? parse(parts[1]) : null;
      if (value == null) {
        throw new IllegalStateException(name + " line " + number + ": expected name<TAB>number");
      }
      if (values.put(parts[0], value) != null) {
        throw new IllegalStateException(name + " line " + number + ": repeated " + parts[0]);
      }
    }
    Double format = values.remove("format");
    if (format == null || format != FORMAT) {
      throw new IllegalStateException(
          name
              + ": format "
              + (format == null ? "(none)" : String.valueOf(format.intValue()))
              + " is "
              + (format == null || format < FORMAT ? "too old" : "too new")
              + "; this version reads "
              + FORMAT
              + " ("
              + ShortPairFeatures.COUNT
              + " features): refit with crosscheck eval pairs --data DIR --fit-judge FILE");
    }
    Double bias = values.remove("bias");
    if (bias == null) {
      throw new IllegalStateException(name + ": no bias");
    }
    double[] weights = new double[ShortPairFeatures.COUNT];
    for (int i = 0; i < weights.length; i++) {
      Double weight = values.remove(ShortPairFeatures.NAMES.get(i));
      if (weight == null) {
        throw new IllegalStateException(name + ": no weight for " + ShortPairFeatures.NAMES.get(i));
      }
      weights[i] = weight;
    }
    if (!values.isEmpty()) {
      throw new IllegalStateException(name + ": unknown features " + values.keySet());
    }
    return new EquivalenceJudge(bias, weights);
  }

  private static Double parse(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * This judge as a weights file that {@link #read} reads back, {@code comment} lines first (each
   * prefixed with {@code #}).
   */
  public String text(String comment) {
    StringBuilder text = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      text.append("# ").append(line).append('\n');
    }
    text.append("format\t").append(FORMAT).append('\n');
    text.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
    for (int i = 0; i < weights.length; i++) {
      text.append(
          String.format(Locale.ROOT, "%s\t%.6f%n", ShortPairFeatures.NAMES.get(i), weights[i]));
    }
    return text.toString();
  }

  /** The intercept. */
  public double bias() {
    return bias;
  }

  /** The weights in the order of {@link ShortPairFeatures#vector()}. */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The probability, in [0, 1), that the two texts behind {@code features} are equivalent: 0 when a
   * side has no words ({@link ShortPairFeatures#lengthRatio()} 0), since it states nothing — the
   * regression never saw such a pair and its intercept alone may say yes.
   */
  public double probability(ShortPairFeatures features) {
    Objects.requireNonNull(features, "features");
    if (features.lengthRatio() == 0) {
      return 0;
    }
    double[] x = features.vector();
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the two texts behind {@code features} state the same content. */
  public boolean equivalent(ShortPairFeatures features) {
    return probability(features) >= THRESHOLD;
  }
}
