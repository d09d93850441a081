package dev.crosscheck.eval.stories;

import java.util.List;

/**
 * One clustering error for a person to read: a found story that mixes gold stories (a merge), or a
 * gold story spread over found stories (a split).
 *
 * @param label the found story's first id (merge) or the gold label (split)
 * @param wrongPairs article pairs wrongly together (merge) or wrongly apart (split)
 * @param parts each part: its article ids, and a headline of its first article
 */
public record StoryError(String label, int wrongPairs, List<Part> parts) {
  public StoryError {
    parts = List.copyOf(parts);
  }

  /** A part of an error: the articles of one gold story (merge) or one found story (split). */
  public record Part(List<String> ids, String headline) {
    public Part {
      ids = List.copyOf(ids);
    }
  }
}
