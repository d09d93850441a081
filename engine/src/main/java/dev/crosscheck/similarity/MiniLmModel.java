package dev.crosscheck.similarity;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The all-MiniLM-L6-v2 model and its tokenizer, read from the class path: the ONNX graph runs in
 * ONNX Runtime, the tokenizer.json is read by DJL's Hugging Face tokenizer (whose native library
 * ships inside its jar). Thread-safe: an {@link OrtSession} may run concurrently.
 */
final class MiniLmModel {
  static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  private final HuggingFaceTokenizer tokenizer;
  private final OrtEnvironment environment;
  private final OrtSession session;

  private MiniLmModel(
      HuggingFaceTokenizer tokenizer, OrtEnvironment environment, OrtSession session) {
    this.tokenizer = tokenizer;
    this.environment = environment;
    this.session = session;
  }

  /**
   * Loads the model and tokenizer.
   *
   * @throws IllegalStateException when a resource is missing or the runtime cannot start
   */
  static MiniLmModel load() {
    OrtEnvironment environment = environment();
    return new MiniLmModel(
        tokenizer(Embedder.MAX_TOKENS), environment, session(environment, modelBytes()));
  }

  /**
   * The model's tokenizer, cutting what it encodes (a text or a pair) at {@code maxLength} pieces.
   *
   * @throws IllegalStateException when the resource is missing
   */
  static HuggingFaceTokenizer tokenizer(int maxLength) {
    try (InputStream tokenizerJson = resource(TOKENIZER_RESOURCE)) {
      return HuggingFaceTokenizer.newInstance(
          tokenizerJson,
          Map.of(
              "maxLength", String.valueOf(maxLength),
              "truncation", "true",
              "padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes of the quantized ONNX model.
   *
   * @throws IllegalStateException when the resource is missing
   */
  static byte[] modelBytes() {
    return resourceBytes(MODEL_RESOURCE);
  }

  /**
   * The bytes of the class-path resource {@code name}.
   *
   * @throws IllegalStateException when the resource is missing
   */
  static byte[] resourceBytes(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * ONNX Runtime's environment (one per process), started on a thread of its own with a {@link
   * #START_STACK_BYTES} stack: the runtime's native start-up can overflow the 1 MB stack the JVM
   * gives a thread by default (here it does once the class path is long, as an application's is),
   * and the process then dies of SIGSEGV, not of an exception. So a caller on any thread (a
   * server's, an executor's, a plain {@code java} main) is safe.
   *
   * @throws IllegalStateException when the runtime cannot start
   */
  static OrtEnvironment environment() {
    return Environment.INSTANCE;
  }

  /** The stack of the thread that starts ONNX Runtime. */
  static final long START_STACK_BYTES = 16L << 20;

  /** Started on first use (class initialization: once, and safely, across threads). */
  private static final class Environment {
    static final OrtEnvironment INSTANCE = startEnvironment();
  }

  // Here, not in the holder: the starter thread runs a lambda of this (initialized) class; one of
  // the holder's would wait for the holder's initialization, which waits for the thread.
  private static OrtEnvironment startEnvironment() {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread starter =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(OrtEnvironment.getEnvironment());
              } catch (RuntimeException | LinkageError e) {
                outcome.set(e);
              }
            },
            "onnx-runtime-start",
            START_STACK_BYTES);
    starter.setDaemon(true);
    starter.start();
    boolean interrupted = false;
    while (true) {
      try {
        starter.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (outcome.get() instanceof OrtEnvironment environment) {
      return environment;
    }
    Throwable cause = outcome.get() instanceof Throwable t ? t : null;
    throw new IllegalStateException("ONNX Runtime failed to start: " + cause, cause);
  }

  /**
   * An ONNX Runtime session over {@code model} with one intra-op thread.
   *
   * @throws IllegalStateException when the runtime cannot load the model
   */
  static OrtSession session(OrtEnvironment environment, byte[] model) {
    try {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      // One intra-op thread: callers parallelize across texts; the model is small.
      options.setIntraOpNumThreads(1);
      return environment.createSession(model, options);
    } catch (OrtException e) {
      throw new IllegalStateException(
          "ONNX Runtime failed to load the model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is not on the class path");
    }
    return in;
  }

  /** The mean-pooled, L2-normalized embedding of {@code text}, cut at {@code maxTokens} pieces. */
  float[] embed(String text, int maxTokens) {
    return encode(text, maxTokens).sentence();
  }

  /**
   * The model's output for one text: the sentence embedding and the unit token vectors.
   *
   * @param sentence the mean-pooled, L2-normalized embedding
   * @param pieces the word pieces, [CLS] and [SEP] left out
   * @param vectors one L2-normalized output vector per piece, in order
   */
  record Encoded(float[] sentence, String[] pieces, float[][] vectors) {}

  /** The model's output for {@code text}, cut at {@code maxTokens} pieces. */
  Encoded encode(String text, int maxTokens) {
    Encoding encoding = tokenizer.encode(text);
    long[] ids = cut(encoding.getIds(), maxTokens);
    long[] mask = cut(encoding.getAttentionMask(), maxTokens);
    long[] types = new long[ids.length];
    float[][] hidden =
        hiddenStates(
            environment, session, new long[][] {ids}, new long[][] {mask}, new long[][] {types})[0];
    String[] pieces = cut(encoding.getTokens(), maxTokens);
    return inner(meanPool(hidden, mask), pieces, hidden);
  }

  /**
   * The last hidden states of a batch of encoded rows (equal lengths): [row][piece][dimension].
   *
   * @throws IllegalStateException when ONNX Runtime fails
   */
  static float[][][] hiddenStates(
      OrtEnvironment environment, OrtSession session, long[][] ids, long[][] mask, long[][] types) {
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, ids);
        OnnxTensor attention = OnnxTensor.createTensor(environment, mask);
        OnnxTensor typeIds = OnnxTensor.createTensor(environment, types);
        OrtSession.Result result =
            session.run(
                Map.of(
                    "input_ids",
                    inputIds,
                    "attention_mask",
                    attention,
                    "token_type_ids",
                    typeIds))) {
      return (float[][][]) result.get(0).getValue();
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
    }
  }

  private static long[] cut(long[] values, int max) {
    return values.length <= max ? values : java.util.Arrays.copyOf(values, max);
  }

  private static String[] cut(String[] values, int max) {
    return values.length <= max ? values : java.util.Arrays.copyOf(values, max);
  }

  /**
   * The pieces between [CLS] and the closing [SEP] with their unit vectors: the special pieces
   * carry the whole sentence rather than a word.
   */
  static Encoded inner(float[] sentence, String[] pieces, float[][] hidden) {
    int start = pieces.length > 0 && pieces[0].equals("[CLS]") ? 1 : 0;
    int end = pieces.length;
    if (end > start && pieces[end - 1].equals("[SEP]")) {
      end--;
    }
    String[] kept = java.util.Arrays.copyOfRange(pieces, start, end);
    float[][] vectors = new float[kept.length][];
    for (int t = start; t < end; t++) {
      vectors[t - start] = unit(hidden[t]);
    }
    return new Encoded(sentence, kept, vectors);
  }

  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    double length = Math.max(Math.sqrt(norm), 1e-12);
    float[] result = new float[vector.length];
    for (int d = 0; d < vector.length; d++) {
      result[d] = (float) (vector[d] / length);
    }
    return result;
  }

  /** The average of the token vectors where the mask is 1, scaled to unit length. */
  static float[] meanPool(float[][] hidden, long[] mask) {
    int dimensions = hidden.length == 0 ? Embedder.DIMENSIONS : hidden[0].length;
    double[] sum = new double[dimensions];
    int count = 0;
    for (int t = 0; t < hidden.length; t++) {
      if (mask[t] != 0) {
        count++;
        for (int d = 0; d < dimensions; d++) {
          sum[d] += hidden[t][d];
        }
      }
    }
    double norm = 0;
    for (int d = 0; d < dimensions; d++) {
      sum[d] /= Math.max(1, count);
      norm += sum[d] * sum[d];
    }
    double length = Math.max(Math.sqrt(norm), 1e-12);
    float[] vector = new float[dimensions];
    for (int d = 0; d < dimensions; d++) {
      vector[d] = (float) (sum[d] / length);
    }
    return vector;
  }
}
