package dev.crosscheck.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the class path. Models are thread-safe; the ME classes built
 * on them are not, so callers build one per thread.
 */
final class OpenNlpModels {
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String LANGUAGE_MODEL = "/langdetect-183.bin";

  private OpenNlpModels() {}

  static SentenceModel sentences() {
    return Holder.SENTENCES;
  }

  static TokenizerModel tokens() {
    return Holder.TOKENS;
  }

  static LanguageDetectorModel languages() {
    return LanguageHolder.LANGUAGES;
  }

  /** The language model as a {@link LanguageScorer}, or null when it cannot evaluate it. */
  static LanguageScorer languageScorer() {
    return LanguageHolder.SCORER;
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  private static final class Holder {
    static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
  }

  // The language model is 10 MB: loaded only when language identification is first needed.
  private static final class LanguageHolder {
    static final LanguageDetectorModel LANGUAGES = load(LANGUAGE_MODEL, LanguageDetectorModel::new);
    static final LanguageScorer SCORER = LanguageScorer.of(LANGUAGES);
  }
}
