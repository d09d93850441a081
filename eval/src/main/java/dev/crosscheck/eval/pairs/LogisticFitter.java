package dev.crosscheck.eval.pairs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Fits an L2-regularized logistic regression by Newton's method (iteratively reweighted least
 * squares) on standardized features, and measures it by k-fold cross-validation: each fold is
 * predicted by a model fitted on the other folds only, so the reported accuracy is held out.
 * Deterministic: folds come from a seeded shuffle. Used to fit {@code
 * dev.crosscheck.similarity.EquivalenceJudge}'s weights.
 */
public final class LogisticFitter {
  /** The default number of cross-validation folds. */
  public static final int DEFAULT_FOLDS = 5;

  /** The default seed of the fold shuffle. */
  public static final long DEFAULT_SEED = 20_260_421L;

  /** The default L2 penalty on the weights (not on the bias). */
  public static final double DEFAULT_L2 = 1e-2;

  private static final int ITERATIONS = 50;

  private final double l2;

  /** A fitter with the {@link #DEFAULT_L2} penalty. */
  public LogisticFitter() {
    this(DEFAULT_L2);
  }

  /**
   * A fitter with L2 penalty {@code l2}.
   *
   * @throws IllegalArgumentException if {@code l2 < 0}
   */
  public LogisticFitter(double l2) {
    if (!(l2 >= 0)) {
      throw new IllegalArgumentException("l2 (" + l2 + ") must be >= 0");
    }
    this.l2 = l2;
  }

  /**
   * A fitted model: the probability of the positive class is {@code 1 / (1 + exp(-(bias + w·x)))}.
   *
   * @param weights one weight per feature
   * @param bias the intercept
   */
  public record Model(double[] weights, double bias) {
    public Model {
      weights = weights.clone();
    }

    /** The probability of the positive class for {@code x}. */
    public double probability(double[] x) {
      double z = bias;
      for (int i = 0; i < weights.length; i++) {
        z += weights[i] * x[i];
      }
      return 1 / (1 + Math.exp(-z));
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }
  }

  /**
   * The held-out figures of a cross-validation.
   *
   * @param folds the number of folds
   * @param accuracy the share of pairs whose held-out prediction matches the gold
   * @param f1 the F1 of the positive class over all held-out predictions
   * @param perFold each fold's figures, by fold number
   */
  public record CrossValidation(int folds, double accuracy, double f1, List<FoldScore> perFold) {
    public CrossValidation {
      perFold = List.copyOf(perFold);
    }
  }

  /**
   * The held-out figures of one fold: its pairs predicted by the model fitted on the other folds.
   *
   * @param fold the fold's number, from 0
   * @param rows the fold's number of rows
   * @param accuracy the share of the fold's rows whose prediction matches the gold
   * @param f1 the F1 of the positive class over the fold's predictions
   */
  public record FoldScore(int fold, int rows, double accuracy, double f1) {}

  /**
   * The model fitted on all of {@code x} (rows of equal length) against {@code y}.
   *
   * @throws IllegalArgumentException if the lengths differ or there are no rows
   */
  public Model fit(double[][] x, boolean[] y) {
    check(x, y);
    // The penalty acts on standardized features, so that it weighs every feature alike whatever its
    // unit (a logit in [-10, 10] beside shares in [0, 1]); the model is turned back to raw units.
    int features = x[0].length;
    double[] mean = new double[features];
    double[] scale = new double[features];
    for (double[] row : x) {
      for (int i = 0; i < features; i++) {
        mean[i] += row[i] / x.length;
      }
    }
    for (double[] row : x) {
      for (int i = 0; i < features; i++) {
        scale[i] += (row[i] - mean[i]) * (row[i] - mean[i]) / x.length;
      }
    }
    for (int i = 0; i < features; i++) {
      scale[i] = Math.sqrt(scale[i]);
      // A constant feature (its spread no more than rounding) stays 0 and gets no weight.
      if (scale[i] <= 1e-9 * Math.max(1, Math.abs(mean[i]))) {
        scale[i] = 0;
      }
    }
    double[][] z = new double[x.length][features];
    for (int n = 0; n < x.length; n++) {
      for (int i = 0; i < features; i++) {
        z[n][i] = scale[i] > 0 ? (x[n][i] - mean[i]) / scale[i] : 0;
      }
    }
    double[] beta = fitStandardized(z, y);
    double[] weights = new double[features];
    double bias = beta[0];
    for (int i = 0; i < features; i++) {
      weights[i] = scale[i] > 0 ? beta[i + 1] / scale[i] : 0;
      bias -= weights[i] * mean[i];
    }
    return new Model(weights, bias);
  }

  /** The bias then the weights fitted on {@code x}. */
  private double[] fitStandardized(double[][] x, boolean[] y) {
    int d = x[0].length + 1;
    double[] beta = new double[d];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int n = 0; n < x.length; n++) {
        double[] row = withBias(x[n]);
        double p = sigmoid(dot(beta, row));
        double weight = Math.max(p * (1 - p), 1e-9);
        for (int i = 0; i < d; i++) {
          gradient[i] += (p - (y[n] ? 1 : 0)) * row[i];
          for (int j = 0; j < d; j++) {
            hessian[i][j] += weight * row[i] * row[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        gradient[i] += l2 * x.length * beta[i];
        hessian[i][i] += l2 * x.length;
      }
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int i = 0; i < d; i++) {
        beta[i] -= step[i];
        change = Math.max(change, Math.abs(step[i]));
      }
      if (change < 1e-10) {
        break;
      }
    }
    return beta;
  }

  /**
   * The held-out accuracy and F1 of {@code folds}-fold cross-validation, folds drawn with {@code
   * seed}; a pair is positive when the model's probability is at least 0.5.
   *
   * @throws IllegalArgumentException if {@code folds < 2} or exceeds the number of rows
   */
  public CrossValidation crossValidate(double[][] x, boolean[] y, int folds, long seed) {
    check(x, y);
    if (folds < 2 || folds > x.length) {
      throw new IllegalArgumentException(
          "folds (" + folds + ") must be in [2, " + x.length + "] (the number of rows)");
    }
    return crossValidate(x, y, folds(x.length, folds, seed));
  }

  /**
   * The held-out accuracy and F1 of cross-validation over the folds given: row {@code n} is in fold
   * {@code fold[n]}, and each fold that has rows is predicted by a model fitted on the others (for
   * a cross-validation on some of a deal's folds, as far as stacked evidence covers it).
   *
   * @throws IllegalArgumentException if {@code fold} does not have one entry per row, or fewer than
   *     2 folds have rows
   */
  public CrossValidation crossValidate(double[][] x, boolean[] y, int[] fold) {
    check(x, y);
    Objects.requireNonNull(fold, "fold");
    if (fold.length != x.length) {
      throw new IllegalArgumentException(
          "fold entries (" + fold.length + ") must equal rows (" + x.length + ")");
    }
    int[] present = Arrays.stream(fold).distinct().sorted().toArray();
    if (present.length < 2) {
      throw new IllegalArgumentException(
          "folds with rows (" + present.length + ") must be at least 2");
    }
    int[] total = new int[4];
    List<FoldScore> perFold = new ArrayList<>();
    for (int k : present) {
      Model model = fit(select(x, fold, k, false), select(y, fold, k, false));
      int[] counts = new int[4]; // correct, true positives, false positives, false negatives
      int rows = 0;
      for (int n = 0; n < x.length; n++) {
        if (fold[n] != k) {
          continue;
        }
        rows++;
        boolean predicted = model.probability(x[n]) >= 0.5;
        counts[0] += predicted == y[n] ? 1 : 0;
        counts[1] += predicted && y[n] ? 1 : 0;
        counts[2] += predicted && !y[n] ? 1 : 0;
        counts[3] += !predicted && y[n] ? 1 : 0;
      }
      perFold.add(new FoldScore(k, rows, (double) counts[0] / rows, f1(counts)));
      for (int i = 0; i < total.length; i++) {
        total[i] += counts[i];
      }
    }
    return new CrossValidation(present.length, (double) total[0] / x.length, f1(total), perFold);
  }

  private static double f1(int[] counts) {
    int tp = counts[1];
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + counts[2] + counts[3]);
  }

  /**
   * The fold of each of {@code rows} rows in {@link #crossValidate}: the row numbers shuffled with
   * {@code new Random(seed)}, the i-th shuffled row going to fold {@code i % folds}. Public so that
   * other cross-validations (the {@code train} module's fine-tuning) can use the same folds.
   */
  public static int[] folds(int rows, int folds, long seed) {
    Integer[] order = new Integer[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = i;
    }
    java.util.Collections.shuffle(Arrays.asList(order), new Random(seed));
    int[] fold = new int[rows];
    for (int i = 0; i < rows; i++) {
      fold[order[i]] = i % folds;
    }
    return fold;
  }

  private static double[][] select(double[][] x, int[] fold, int k, boolean in) {
    return java.util.stream.IntStream.range(0, x.length)
        .filter(n -> (fold[n] == k) == in)
        .mapToObj(n -> x[n])
        .toArray(double[][]::new);
  }

  private static boolean[] select(boolean[] y, int[] fold, int k, boolean in) {
    int count = 0;
    for (int n = 0; n < y.length; n++) {
      count += (fold[n] == k) == in ? 1 : 0;
    }
    boolean[] result = new boolean[count];
    int i = 0;
    for (int n = 0; n < y.length; n++) {
      if ((fold[n] == k) == in) {
        result[i++] = y[n];
      }
    }
    return result;
  }

  private static void check(double[][] x, boolean[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "rows (" + x.length + ") must equal labels (" + y.length + ")");
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("rows (0) must be > 0");
    }
  }

  private static double[] withBias(double[] x) {
    double[] row = new double[x.length + 1];
    row[0] = 1;
    System.arraycopy(x, 0, row, 1, x.length);
    return row;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Solves {@code a · s = b} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    double[] v = b.clone();
    for (int i = 0; i < n; i++) {
      m[i] = a[i].clone();
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] rowSwap = m[col];
      m[col] = m[pivot];
      m[pivot] = rowSwap;
      double valueSwap = v[col];
      v[col] = v[pivot];
      v[pivot] = valueSwap;
      for (int r = col + 1; r < n; r++) {
        double factor = m[r][col] / m[col][col];
        for (int c = col; c < n; c++) {
          m[r][c] -= factor * m[col][c];
        }
        v[r] -= factor * v[col];
      }
    }
    double[] s = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = v[i];
      for (int c = i + 1; c < n; c++) {
        sum -= m[i][c] * s[c];
      }
      s[i] = sum / m[i][i];
    }
    return s;
  }
}
