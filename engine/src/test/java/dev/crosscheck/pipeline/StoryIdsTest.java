package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The story id rule: grow, merge, split, fresh ids. */
class StoryIdsTest {
  static final List<String> ORDER = List.of("a", "b", "c", "d", "e", "f");

  static Map<String, String> placed(String... pairs) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void anEmptyStoreNumbersStoriesInOrderFromItsCounter() {
    StoryIds.Naming naming =
        StoryIds.name(
            List.of("b", "a", "c"), Map.of(), List.of(List.of("a", "b"), List.of("c")), 1);

    assertThat(naming.ids()).containsExactly("story-1", "story-2");
    assertThat(naming.unchanged()).containsExactly(false, false);
    assertThat(naming.removed()).isEmpty();
    assertThat(naming.nextStory()).isEqualTo(3);
  }

  @Test
  void anUntouchedStoryIsUnchangedAndAGrownOneKeepsItsId() {
    Map<String, String> stored = placed("a", "story-1", "b", "story-1", "c", "story-2");

    StoryIds.Naming naming =
        StoryIds.name(ORDER, stored, List.of(List.of("a", "b"), List.of("c", "d")), 3);

    assertThat(naming.ids()).containsExactly("story-1", "story-2");
    assertThat(naming.unchanged()).containsExactly(true, false);
    assertThat(naming.removed()).isEmpty();
    assertThat(naming.nextStory()).isEqualTo(3);
  }

  @Test
  void aMergeKeepsTheIdOfTheStoryHoldingTheEarliestStoredArticle() {
    // story-7 holds "a", stored before story-2's "b".
    Map<String, String> stored = placed("a", "story-7", "c", "story-7", "b", "story-2");

    StoryIds.Naming naming = StoryIds.name(ORDER, stored, List.of(List.of("a", "b", "c")), 8);

    assertThat(naming.ids()).containsExactly("story-7");
    assertThat(naming.removed()).containsExactly("story-2");
  }

  @Test
  void aSplitGivesThePartWithTheAnchorTheIdAndTheOtherAFreshOne() {
    Map<String, String> stored = placed("a", "story-1", "b", "story-1", "c", "story-1");

    StoryIds.Naming naming =
        StoryIds.name(ORDER, stored, List.of(List.of("b", "c"), List.of("a")), 2);

    assertThat(naming.ids()).containsExactly("story-2", "story-1");
    assertThat(naming.unchanged()).containsExactly(false, false);
    assertThat(naming.nextStory()).isEqualTo(3);
  }

  @Test
  void freshIdsSkipIdsInUse() {
    Map<String, String> stored = placed("a", "story-1", "b", "story-2");

    StoryIds.Naming naming =
        StoryIds.name(ORDER, stored, List.of(List.of("c"), List.of("a"), List.of("b")), 1);

    assertThat(naming.ids()).containsExactly("story-3", "story-1", "story-2");
    assertThat(naming.nextStory()).isEqualTo(4);
  }

  @Test
  void seededRandomClusteringsGiveUniqueIdsAndKeepEveryUnchangedStory() {
    Random random = new Random(42L);
    for (int round = 0; round < 200; round++) {
      List<String> order = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(30); i++) {
        order.add("x" + i);
      }
      Map<String, String> stored = new HashMap<>();
      for (String id : order) {
        if (random.nextInt(4) != 0) {
          stored.put(id, "story-" + (1 + random.nextInt(6)));
        }
      }
      List<List<String>> stories = randomPartition(order, random);

      StoryIds.Naming naming = StoryIds.name(order, stored, stories, 7);

      assertThat(new HashSet<>(naming.ids())).hasSameSizeAs(naming.ids());
      Set<String> kept = new HashSet<>(naming.ids());
      for (String removed : naming.removed()) {
        assertThat(kept).doesNotContain(removed);
      }
      for (int i = 0; i < stories.size(); i++) {
        if (naming.unchanged().get(i)) {
          String id = naming.ids().get(i);
          assertThat(stories.get(i)).allMatch(a -> id.equals(stored.get(a)));
        }
      }
    }
  }

  private static List<List<String>> randomPartition(List<String> ids, Random random) {
    Map<Integer, List<String>> groups = new HashMap<>();
    for (String id : ids) {
      groups.computeIfAbsent(random.nextInt(5), k -> new ArrayList<>()).add(id);
    }
    return new ArrayList<>(groups.values());
  }
}
