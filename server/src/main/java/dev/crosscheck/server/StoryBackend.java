package dev.crosscheck.server;

import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RunResult;
import java.util.List;

/**
 * Where the server's articles and stories live: in memory for a fixed set of inputs, or a store.
 * Implementations are thread-safe; {@link #add} calls are serialized.
 */
public interface StoryBackend extends AutoCloseable {

  /** The current stories and articles; never null. */
  RunResult result();

  /**
   * Extracts and adds documents, then recomputes the stories when any was added.
   *
   * @return one outcome per document, in order
   */
  List<AddOutcome> add(List<RawDocument> documents);

  /** A short description for the start-up line, e.g. {@code "memory (12 articles)"}. */
  String describe();

  @Override
  default void close() {}
}
