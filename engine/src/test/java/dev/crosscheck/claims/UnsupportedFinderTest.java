package dev.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnsupportedFinderTest {
  private static final List<List<String>> TWO_GROUPS = List.of(List.of("a", "b"), List.of("c"));

  private static Claim claim(List<String> sources, List<Conflict> conflicts) {
    return new Claim(
        "x",
        sources,
        1,
        conflicts.isEmpty() ? ClaimStatus.SINGLE_SOURCE : ClaimStatus.CONTRADICTED,
        conflicts);
  }

  @Test
  void aClaimOfOneGroupIsUnsupportedOneOfTwoGroupsIsNot() {
    assertThat(UnsupportedFinder.unsupported(claim(List.of("a", "b"), List.of()), TWO_GROUPS))
        .isTrue();
    assertThat(UnsupportedFinder.unsupported(claim(List.of("a", "c"), List.of()), TWO_GROUPS))
        .isFalse();
    // A conflicting version in the other group is still a version: the claim is not only ours.
    assertThat(
            UnsupportedFinder.unsupported(
                claim(List.of("a"), List.of(new Conflict("y", List.of("c")))), TWO_GROUPS))
        .isFalse();
  }

  @Test
  void aStoryWithOneGroupMarksNothing() {
    assertThat(UnsupportedFinder.unsupported(claim(List.of("a"), List.of()), List.of(List.of("a"))))
        .isFalse();
  }

  @Test
  void countsAreClaimsPerArticle() {
    Story story =
        new Story(
            "s",
            "t",
            List.of("a", "b", "c"),
            TWO_GROUPS,
            List.of(),
            List.of(
                claim(List.of("a", "b"), List.of()),
                claim(List.of("a"), List.of(new Conflict("y", List.of("b")))),
                claim(List.of("c"), List.of()),
                claim(List.of("b", "c"), List.of())));
    assertThat(UnsupportedFinder.countsByArticle(story)).isEqualTo(Map.of("a", 2, "b", 2, "c", 1));
  }

  @Test
  void emptyStoryCountsZero() {
    Story story = new Story("s", "t", List.of("a"), List.of(List.of("a")), List.of(), List.of());
    assertThat(UnsupportedFinder.countsByArticle(story)).isEqualTo(Map.of("a", 0));
  }

  @Test
  void randomClaimsAreUnsupportedExactlyWhenTheirArticlesShareAGroup() {
    Random random = new Random(42);
    List<List<String>> origins = List.of(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    List<String> ids = List.of("a", "b", "c", "d", "e");
    for (int i = 0; i < 200; i++) {
      List<String> sources = new ArrayList<>();
      for (String id : ids) {
        if (random.nextInt(3) == 0) {
          sources.add(id);
        }
      }
      if (sources.isEmpty()) {
        continue;
      }
      long groups = origins.stream().filter(g -> g.stream().anyMatch(sources::contains)).count();
      assertThat(UnsupportedFinder.unsupported(claim(sources, List.of()), origins))
          .as(sources.toString())
          .isEqualTo(groups == 1);
    }
  }
}
