package dev.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ContentHasher}: a pinned known answer, what it ignores, and no collisions by shifting. */
class ContentHasherTest {
  final ContentHasher hasher = new ContentHasher();

  @Test
  void knownAnswerIsStable() {
    Article a =
        new Article("x", "x.txt", "Title", null, "Outlet", null, "2025-02-17", "en", "Body.");

    assertThat(hasher.hash(a)).isEqualTo(KNOWN_ANSWER);
  }

  static final String KNOWN_ANSWER =
      "2fc8cf4fd3bb74d06bf1d227b71b4ca68925297f4c76db30afc669830d4037d7";

  @Test
  void idAndInputDoNotCountButEveryOtherFieldDoes() {
    Article a = new Article("x", "x.txt", "Title", null, "Outlet", null, null, "en", "Body.");

    assertThat(
            hasher.hash(
                new Article(
                    "y", "elsewhere/y.html", "Title", null, "Outlet", null, null, "en", "Body.")))
        .isEqualTo(hasher.hash(a));
    assertThat(hasher.hash(a.withText("Body!"))).isNotEqualTo(hasher.hash(a));
    assertThat(
            hasher.hash(
                new Article("x", "x.txt", "Title", null, "Other", null, null, "en", "Body.")))
        .isNotEqualTo(hasher.hash(a));
  }

  @Test
  void emptyAndNullFieldsDiffer() {
    Article nulls = new Article("x", "x", null, null, null, null, null, null, "");
    Article empties = new Article("x", "x", "", "", "", "", "", "", "");

    assertThat(hasher.hash(nulls)).isNotEqualTo(hasher.hash(empties)).hasSize(64);
  }

  @Test
  void seededRandomFieldSplitsDoNotCollide() {
    Random random = new Random(11L);
    Set<String> hashes = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String whole = Integer.toString(random.nextInt(1_000_000), 36);
      int cut = random.nextInt(whole.length() + 1);
      String title = whole.substring(0, cut);
      String text = whole.substring(cut);
      if (seen.add(title + "|" + text)) {
        hashes.add(hasher.hash(new Article("x", "x", title, null, null, null, null, null, text)));
      }
    }

    assertThat(hashes).hasSize(seen.size());
  }
}
