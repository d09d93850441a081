package dev.crosscheck.eval.extraction;

import java.util.regex.Pattern;

/**
 * The scorer of one page's output as trafilatura's {@code tests/eval_common.py} scores it: output
 * and segments whitespace-normalised, each segment looked up as a case-sensitive substring; an
 * empty output is a miss (every must-have missed, every must-not left out). Thread-safe.
 */
public final class SegmentScorer {
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Scores one output (null or blank counts as no output) against the page's segments. */
  public Confusion score(ExtractionCase page, String output) {
    if (page == null) {
      throw new IllegalArgumentException("page must not be null");
    }
    String text = output == null ? "" : normalize(output);
    if (text.isEmpty()) {
      return new Confusion(0, 0, page.with().size(), page.without().size());
    }
    long tp = page.with().stream().filter(s -> text.contains(normalize(s))).count();
    long fp = page.without().stream().filter(s -> text.contains(normalize(s))).count();
    return new Confusion(tp, fp, page.with().size() - tp, page.without().size() - fp);
  }

  /** Each whitespace run made one space, stripped: Python's {@code re.sub(r"\s+", " ", s)}. */
  static String normalize(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
