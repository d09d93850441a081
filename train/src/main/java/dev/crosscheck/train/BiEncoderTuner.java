package dev.crosscheck.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Fine-tunes a {@link BiEncoder} on positive pairs with the multiple-negatives ranking loss
 * (Henderson et al. 2017, "Efficient Natural Language Response Suggestion"): in a batch of B pairs
 * (a_i, b_i), the scaled cosines s_ij = scale · cos(a_i, b_j) are logits and the loss is the
 * cross-entropy of picking b_i for a_i and, symmetrically, a_i for b_i; the other pairs of the
 * batch are the negatives. AdamW with linear warm-up and linear decay to 0 at the last step,
 * decoupled weight decay on the matrices only, the word-piece table optionally frozen.
 */
public final class BiEncoderTuner {
  /** The cosine scale of sentence-transformers' MultipleNegativesRankingLoss. */
  public static final float DEFAULT_SCALE = 20f;

  private final BiEncoder model;
  private final PairTokenizer tokenizer;
  private final FineTuneSettings settings;
  private final float scale;

  /**
   * A tuner of {@code model}, which it changes in place; of {@code settings} it uses the batch size
   * only to size nothing (batches come dealt), the learning rate, weight decay, warm-up and whether
   * the word-piece table is trained.
   *
   * @throws IllegalArgumentException when scale is not positive
   */
  public BiEncoderTuner(
      BiEncoder model, PairTokenizer tokenizer, FineTuneSettings settings, float scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale (" + scale + ") must be > 0");
    }
    this.model = model;
    this.tokenizer = tokenizer;
    this.settings = settings;
    this.scale = scale;
  }

  /**
   * Trains on the first {@code steps} of {@code batches}, one update each; the learning-rate
   * schedule spans those steps.
   *
   * @throws IllegalArgumentException when steps is not in [1, batches.size()]
   */
  public void train(
      List<List<StoryPairs.Pair>> batches,
      int steps,
      NDManager manager,
      FineTuner.Listener listener) {
    if (steps < 1 || steps > batches.size()) {
      throw new IllegalArgumentException(
          "steps (" + steps + ") must be in [1, " + batches.size() + "]");
    }
    AdamWUpdater updater = new AdamWUpdater(model.encoder().parameters(), settings, steps);
    updater.recordGradients(true);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int seen = 0;
    for (int step = 1; step <= steps; step++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      List<StoryPairs.Pair> batch = batches.get(step - 1);
      double loss = step(batch, manager, updater);
      seen += batch.size();
      listener.stepped(
          new FineTuner.Step(
              step,
              seen,
              loss,
              (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
              (System.nanoTime() - wall) / 1e9));
    }
    updater.recordGradients(false);
  }

  private double step(List<StoryPairs.Pair> batch, NDManager manager, AdamWUpdater updater) {
    try (NDManager scope = manager.newSubManager()) {
      List<String> texts = new ArrayList<>();
      batch.forEach(p -> texts.add(p.first()));
      batch.forEach(p -> texts.add(p.second()));
      double loss;
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray both = model.embeddings(tokenizer.texts(texts), scope);
        NDArray value = loss(both, batch.size(), scale);
        collector.backward(value);
        loss = value.getFloat();
      }
      updater.update(scope);
      return loss;
    }
  }

  /**
   * The symmetric multiple-negatives ranking loss of {@code both}: unit rows a_0..a_{n-1} then
   * b_0..b_{n-1}, a_i and b_i a positive pair; the mean of the two directions' cross-entropies.
   */
  static NDArray loss(NDArray both, int pairs, float scale) {
    NDManager scope = both.getManager();
    NDArray a = both.get("0:" + pairs);
    NDArray b = both.get(pairs + ":");
    NDArray logits = a.matMul(b.transpose()).mul(scope.create(scale));
    NDArray diagonal = scope.eye(pairs);
    NDArray picked =
        logits.logSoftmax(1).mul(diagonal).sum().add(logits.logSoftmax(0).mul(diagonal).sum());
    return picked.mul(scope.create(-0.5f / pairs));
  }
}
