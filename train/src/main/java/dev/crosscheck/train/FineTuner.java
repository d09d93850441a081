package dev.crosscheck.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fine-tunes a cross-encoder on labelled pairs: binary cross-entropy on the head's logit, AdamW
 * (Loshchilov and Hutter 2019) with linear warm-up and linear decay, the pairs reshuffled each
 * epoch from the settings' seed.
 */
public final class FineTuner {
  /**
   * What one step did.
   *
   * @param step the 1-based step number
   * @param pairsSeen training pairs consumed so far (all epochs)
   * @param loss the batch's mean loss before the update
   * @param cpuSeconds the calling thread's CPU seconds for the step (libtorch runs on the calling
   *     thread when it has one thread)
   * @param wallSeconds the step's wall-clock seconds
   */
  public record Step(int step, int pairsSeen, double loss, double cpuSeconds, double wallSeconds) {}

  /** Told about every step; may evaluate the model in between. */
  public interface Listener {
    /** Called after each step's update. */
    void stepped(Step step);
  }

  private final CrossEncoder model;
  private final PairTokenizer tokenizer;
  private final FineTuneSettings settings;

  /** A tuner of {@code model}, which it changes in place. */
  public FineTuner(CrossEncoder model, PairTokenizer tokenizer, FineTuneSettings settings) {
    this.model = model;
    this.tokenizer = tokenizer;
    this.settings = settings;
  }

  /**
   * Trains on {@code pairs} for the settings' epochs.
   *
   * @throws IllegalArgumentException when pairs is empty
   */
  public void train(List<SentencePair> pairs, NDManager manager, Listener listener) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("pairs must not be empty");
    }
    int stepsPerEpoch = (pairs.size() + settings.batchSize() - 1) / settings.batchSize();
    int totalSteps = stepsPerEpoch * settings.epochs();
    AdamWUpdater updater = new AdamWUpdater(model.parameters(), settings, totalSteps);
    updater.recordGradients(true);
    Random random = new Random(settings.seed());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int step = 0;
    int seen = 0;
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      List<SentencePair> order = new ArrayList<>(pairs);
      Collections.shuffle(order, random);
      if (settings.swapOrders()) {
        order.replaceAll(p -> random.nextBoolean() ? p.swapped() : p);
      }
      for (int start = 0; start < order.size(); start += settings.batchSize()) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        List<SentencePair> batch =
            order.subList(start, Math.min(order.size(), start + settings.batchSize()));
        double loss = step(batch, manager, updater);
        step++;
        seen += batch.size();
        listener.stepped(
            new Step(
                step,
                seen,
                loss,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                (System.nanoTime() - wall) / 1e9));
      }
    }
    updater.recordGradients(false);
  }

  private double step(List<SentencePair> batch, NDManager manager, AdamWUpdater updater) {
    try (NDManager scope = manager.newSubManager()) {
      float[] labels = new float[batch.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = batch.get(i).positive() ? 1f : 0f;
      }
      double loss;
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray logits = model.logits(CrossEncoder.batch(tokenizer, batch), scope);
        NDArray value = binaryCrossEntropy(logits, scope.create(labels));
        collector.backward(value);
        loss = value.getFloat();
      }
      updater.update(scope);
      return loss;
    }
  }

  /** Mean binary cross-entropy of logits z against labels y: max(z, 0) - z y + log(1 + e^-|z|). */
  static NDArray binaryCrossEntropy(NDArray logits, NDArray labels) {
    NDArray positivePart = logits.getNDArrayInternal().relu();
    NDArray soft = logits.abs().neg().exp().add(1).log();
    return positivePart.sub(logits.mul(labels.toType(DataType.FLOAT32, false))).add(soft).mean();
  }
}
