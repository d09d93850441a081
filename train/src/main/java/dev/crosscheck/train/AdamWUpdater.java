package dev.crosscheck.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.AdamW;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameter updates both tuners make: AdamW (Loshchilov and Hutter 2019) with a linear warm-up
 * to the peak learning rate, then linear decay to 0 at the last step; decoupled weight decay on the
 * matrices only (not on vectors or embedding tables); the word-piece table trained only when the
 * settings say so.
 */
final class AdamWUpdater {
  private final Map<String, NDArray> parameters;
  private final Optimizer decayed;
  private final Optimizer plain;

  /** Updates of {@code all} (name to weights, in a fixed order) over {@code totalSteps} steps. */
  AdamWUpdater(Map<String, NDArray> all, FineTuneSettings settings, int totalSteps) {
    parameters = new LinkedHashMap<>(all);
    if (!settings.trainWordEmbeddings()) {
      parameters.remove("embeddings.word_embeddings.weight");
    }
    ParameterTracker schedule = schedule(settings, totalSteps);
    decayed = optimizer(schedule, settings.weightDecay());
    plain = optimizer(schedule, 0f);
  }

  /** Whether the trained parameters record gradients: on while training, off after. */
  void recordGradients(boolean on) {
    parameters.values().forEach(p -> p.setRequiresGradient(on));
  }

  /**
   * Applies each trained parameter's gradient (attached to {@code scope}'s manager), then clears
   * it.
   */
  void update(NDManager scope) {
    for (Map.Entry<String, NDArray> e : parameters.entrySet()) {
      NDArray gradient = e.getValue().getGradient();
      gradient.attach(scope);
      Optimizer optimizer = isMatrix(e.getKey(), e.getValue()) ? decayed : plain;
      optimizer.update(e.getKey(), e.getValue(), gradient);
      gradient.muli(0);
    }
  }

  /** Linear warm-up to the peak, then linear decay to 0 at {@code totalSteps}. */
  static ParameterTracker schedule(FineTuneSettings settings, int totalSteps) {
    int warmupSteps = (int) Math.round(totalSteps * settings.warmup());
    float peak = settings.learningRate();
    return (parameter, update) -> {
      if (update < warmupSteps) {
        return peak * (update + 1) / (warmupSteps + 1);
      }
      return peak * Math.max(0, totalSteps - update) / Math.max(1, totalSteps - warmupSteps);
    };
  }

  private static boolean isMatrix(String name, NDArray array) {
    return array.getShape().dimension() == 2 && !name.startsWith("embeddings.");
  }

  private static Optimizer optimizer(ParameterTracker schedule, float weightDecay) {
    return AdamW.builder().optLearningRateTracker(schedule).optWeightDecays(weightDecay).build();
  }
}
