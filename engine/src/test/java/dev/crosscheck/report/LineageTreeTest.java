package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.RunResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineageTreeTest {

  @Test
  void placesEachArticleUnderItsSource() {
    ReportIndex index = index(edge("a", null), edge("b", "a"), edge("c", "b"), edge("d", "a"));

    LineageTree tree = LineageTree.of(List.of("a", "b", "c", "d"), index);

    assertThat(ids(tree)).containsExactly("a", "b", "c", "d");
    assertThat(tree.preorder().stream().map(LineageTree::depth)).containsExactly(0, 1, 2, 1);
    assertThat(tree.children().get(0).children().get(0).id()).isEqualTo("c");
  }

  @Test
  void sourcesOutsideTheGroupAndCyclesHangUnderTheRoot() {
    ReportIndex index =
        index(edge("a", null), edge("b", "elsewhere"), edge("c", "d"), edge("d", "c"));

    LineageTree tree = LineageTree.of(List.of("a", "b", "c", "d", "b"), index);

    assertThat(ids(tree)).containsExactly("a", "b", "c", "d");
    assertThat(tree.children().stream().map(LineageTree::id)).containsExactly("b", "c");
  }

  @Test
  void deepChainsAreFlattenedAtTheMaximumDepth() {
    List<ArticleResult> chain = new ArrayList<>();
    List<String> group = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      chain.add(edge("n" + i, i == 0 ? null : "n" + (i - 1)));
      group.add("n" + i);
    }

    LineageTree tree = LineageTree.of(group, index(chain.toArray(ArticleResult[]::new)));

    assertThat(tree.preorder()).hasSize(100);
    assertThat(tree.preorder().stream().mapToInt(LineageTree::depth).max())
        .hasValue(LineageTree.MAX_DEPTH);
  }

  @Test
  void emptyGroupHasNoTree() {
    assertThat(LineageTree.of(List.of(), index())).isNull();
  }

  @Test
  void seededRandomGroupsKeepEveryMemberOnce() {
    Random random = new Random(7L);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(30);
      List<ArticleResult> articles = new ArrayList<>();
      List<String> group = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String from = random.nextInt(4) == 0 ? null : "r" + random.nextInt(n + 2);
        articles.add(edge("r" + i, from));
        group.add("r" + i);
      }
      Collections.shuffle(group, random);

      LineageTree tree = LineageTree.of(group, index(articles.toArray(ArticleResult[]::new)));

      assertThat(ids(tree)).containsExactlyInAnyOrderElementsOf(group);
      assertThat(tree.id()).isEqualTo(group.get(0));
    }
  }

  private static List<String> ids(LineageTree tree) {
    return tree.preorder().stream().map(LineageTree::id).toList();
  }

  private static ArticleResult edge(String id, String from) {
    Article article = new Article(id, id, null, null, null, null, null, null, "");
    return new ArticleResult(article, "s", from == null ? Role.ORIGINAL : Role.COPY, from, 0);
  }

  private static ReportIndex index(ArticleResult... articles) {
    return new ReportIndex(new RunResult(List.of(articles), List.of(), List.of()));
  }
}
