package dev.crosscheck.eval.extraction;

import dev.crosscheck.model.RawDocument;

/** A main-text extractor under evaluation: ours or a baseline. Implementations are thread-safe. */
public interface TextExtractor {
  /** The name printed in the table. */
  String name();

  /**
   * The main text of a decoded HTML page.
   *
   * @param page the page as ingestion decoded it (its hints carry the page address)
   * @return the text, empty when nothing was found
   * @throws Exception whatever the library throws; the evaluation scores it as no output
   */
  String extract(RawDocument page) throws Exception;
}
