package dev.crosscheck.brief;

import java.util.List;

/**
 * A recognizer of the people, organisations and places a text names: the fact sheet's source of who
 * and where. {@link CapitalizedMentionFinder} is the default; a better recognizer can take its
 * place in {@link FactSheetWriter}. Implementations are thread-safe.
 */
public interface MentionFinder {
  /** The names {@code text} mentions, in order of appearance; empty for null or blank text. */
  List<Mention> find(String text);
}
