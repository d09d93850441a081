package dev.crosscheck.train;

/**
 * How a cross-encoder is fine-tuned.
 *
 * @param batchSize pairs per step, > 0
 * @param learningRate AdamW's peak learning rate, > 0
 * @param weightDecay AdamW's decoupled weight decay of the matrices (biases and LayerNorms get
 *     none), >= 0
 * @param epochs passes over the training pairs, > 0
 * @param warmup the share of steps over which the learning rate rises from 0 to its peak, before
 *     falling linearly to 0 at the last step, in [0, 1)
 * @param seed the seed of the head's initial weights and of each epoch's shuffle
 * @param trainWordEmbeddings whether the word-piece embedding table (half the weights) is trained
 * @param swapOrders whether each epoch reads each pair in a random order of its two sentences (the
 *     product scores both orders and averages them, so the model should know both)
 */
public record FineTuneSettings(
    int batchSize,
    float learningRate,
    float weightDecay,
    int epochs,
    double warmup,
    long seed,
    boolean trainWordEmbeddings,
    boolean swapOrders) {
  /** Batch 16, 3e-5, decay 0.01, 2 epochs, 10% warm-up, the word-piece table frozen. */
  public static final FineTuneSettings DEFAULTS =
      new FineTuneSettings(16, 3e-5f, 0.01f, 2, 0.1, 1L, false);

  /** Settings that read each pair in its given order. */
  public FineTuneSettings(
      int batchSize,
      float learningRate,
      float weightDecay,
      int epochs,
      double warmup,
      long seed,
      boolean trainWordEmbeddings) {
    this(batchSize, learningRate, weightDecay, epochs, warmup, seed, trainWordEmbeddings, false);
  }

  public FineTuneSettings {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") must be > 0");
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate (" + learningRate + ") must be > 0");
    }
    if (!(weightDecay >= 0)) {
      throw new IllegalArgumentException("weightDecay (" + weightDecay + ") must be >= 0");
    }
    if (epochs <= 0) {
      throw new IllegalArgumentException("epochs (" + epochs + ") must be > 0");
    }
    if (!(warmup >= 0 && warmup < 1)) {
      throw new IllegalArgumentException("warmup (" + warmup + ") must be in [0, 1)");
    }
  }
}
