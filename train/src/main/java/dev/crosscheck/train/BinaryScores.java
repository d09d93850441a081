package dev.crosscheck.train;

import java.util.List;

/**
 * Accuracy and positive-class F1 of yes/no decisions.
 *
 * @param count the number of pairs
 * @param accuracy the share decided right, in [0, 1]
 * @param f1 the positive class's F1, in [0, 1] (0 when nothing is positive on either side)
 */
public record BinaryScores(int count, double accuracy, double f1) {
  /**
   * Scores probabilities against labels at a 0.5 threshold.
   *
   * @throws IllegalArgumentException when the sizes differ
   */
  public static BinaryScores of(List<SentencePair> pairs, double[] probabilities) {
    if (pairs.size() != probabilities.length) {
      throw new IllegalArgumentException(
          "probabilities ("
              + probabilities.length
              + ") must number the pairs ("
              + pairs.size()
              + ")");
    }
    int right = 0;
    int truePositive = 0;
    int predicted = 0;
    int actual = 0;
    for (int i = 0; i < probabilities.length; i++) {
      boolean yes = probabilities[i] >= 0.5;
      boolean gold = pairs.get(i).positive();
      right += yes == gold ? 1 : 0;
      truePositive += yes && gold ? 1 : 0;
      predicted += yes ? 1 : 0;
      actual += gold ? 1 : 0;
    }
    double f1 = predicted + actual == 0 ? 0 : 2.0 * truePositive / (predicted + actual);
    double accuracy = probabilities.length == 0 ? 0 : (double) right / probabilities.length;
    return new BinaryScores(probabilities.length, accuracy, f1);
  }
}
