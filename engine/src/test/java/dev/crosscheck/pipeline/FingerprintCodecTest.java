package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.model.Article;
import dev.crosscheck.store.Fingerprint;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fingerprints read back exactly as they were written. */
class FingerprintCodecTest {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private final FeatureExtractor extractor = new FeatureExtractor(TODAY);
  private final FingerprintCodec codec = new FingerprintCodec();

  static Article article(String id, String title, String published, String text) {
    return new Article(id, id + ".txt", title, null, "Outlet", null, published, "en", text);
  }

  private void assertRoundTrip(Article a) {
    ArticleFeatures f = extractor.extract(a);
    Fingerprint stored = codec.encode(f);
    ArticleFeatures back = codec.decode(stored, a);

    assertThat(stored.format()).isEqualTo(FingerprintCodec.FORMAT);
    assertThat(back.headline().keys()).isEqualTo(f.headline().keys());
    assertThat(back.headline().weights()).isEqualTo(f.headline().weights());
    assertThat(back.body().keys()).isEqualTo(f.body().keys());
    assertThat(back.body().weights()).isEqualTo(f.body().weights());
    assertThat(back.entities().keys()).isEqualTo(f.entities().keys());
    assertThat(back.entities().weights()).isEqualTo(f.entities().weights());
    assertThat(back.entityNames()).isEqualTo(f.entityNames());
    assertThat(back.keys()).isEqualTo(f.keys());
    assertThat(back.signature()).isEqualTo(f.signature());
    assertThat(back.date()).isEqualTo(f.date());
    assertThat(codec.encode(back)).isEqualTo(stored);
  }

  @Test
  void aCannedArticleRoundTrips() {
    assertRoundTrip(
        article(
            "velmora",
            "Fuel barge blast at Port of Velmora injures 14",
            "2026-03-03",
            "A fuel barge exploded at the Port of Velmora on Tuesday, injuring 14 people, said"
                + " Mayor Anna Kowalczyk. Some 2,300 residents of the Ostrakand district left"
                + " their homes."));
  }

  @Test
  void seededRandomArticlesRoundTrip() {
    Random random = new Random(99L);
    String[] words = NewsEvents.WORDS;
    for (int i = 0; i < 30; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < random.nextInt(300); w++) {
        String word = words[random.nextInt(words.length)];
        text.append(random.nextInt(7) == 0 ? NewsEvents.PEOPLE[random.nextInt(8)] : word);
        text.append(random.nextInt(12) == 0 ? ". " : " ");
      }
      String published = random.nextBoolean() ? null : "2026-0" + (1 + random.nextInt(3)) + "-1";
      assertRoundTrip(
          article("r" + i, random.nextBoolean() ? null : "T " + i, published, text + "."));
    }
  }

  @Test
  void anEmptyArticleRoundTrips() {
    assertRoundTrip(article("empty", null, null, ""));
  }

  @Test
  void anotherFormatOrCutBytesAreRefused() {
    Article a = article("a", "Title", null, "Some words about Velmora.");
    Fingerprint f = codec.encode(extractor.extract(a));

    assertThatThrownBy(() -> codec.decode(new Fingerprint(9, f.minhash(), f.features()), a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format (9)");
    byte[] cut = Arrays.copyOf(f.features(), f.features().length - 3);
    assertThatThrownBy(() -> codec.decode(new Fingerprint(1, f.minhash(), cut), a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a");
  }
}
