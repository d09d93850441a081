package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnchorsTest {

  @Test
  void keepsSafeCharactersAndEncodesTheRest() {
    assertThat(Anchors.token("wire-1_A")).isEqualTo("wire-1_A");
    assertThat(Anchors.token("a.b")).isEqualTo("a.2e.b");
    assertThat(Anchors.token("x\"><img")).isEqualTo("x.22..3e..3c.img");
    assertThat(Anchors.token("\u0130\ud83d\ude00")).isEqualTo(".130..1f600.");
    assertThat(Anchors.article("a b")).isEqualTo("article-a.20.b");
    assertThat(Anchors.story(null)).isEqualTo("story-");
  }

  @Test
  void emptyIdGivesEmptyToken() {
    assertThat(Anchors.token("")).isEmpty();
  }

  @Test
  void longIdsAreShortenedWithADigest() {
    String token = Anchors.token("a".repeat(10_000));
    assertThat(token).hasSize(64 + 3 + 64).startsWith("a".repeat(64) + ".h.");
    assertThat(Anchors.token("a".repeat(10_000))).isEqualTo(token);
    assertThat(Anchors.token("a".repeat(10_001))).isNotEqualTo(token);
  }

  @Test
  void seededRandomIdsNeverCollide() {
    Random random = new Random(42L);
    String alphabet = "aZ09_-.\"<> \u00e9\u0131";
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder id = new StringBuilder();
      int len = random.nextInt(random.nextInt(10) == 0 ? 200 : 8);
      for (int j = 0; j < len; j++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String token = Anchors.token(id.toString());
      assertThat(token).matches("[A-Za-z0-9_.-]*");
      String previous = seen.putIfAbsent(token, id.toString());
      assertThat(previous == null || previous.equals(id.toString()))
          .as("%s and %s share token %s", previous, id, token)
          .isTrue();
    }
  }
}
