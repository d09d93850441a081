package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  @Test
  void addressesStateTheirDateInThePath() {
    assertThat(DateFinder.fromUrl("https://blog.example/2017/06/29/wireshark/"))
        .isEqualTo("2017-06-29");
    assertThat(DateFinder.fromUrl("http://news.example/news/2012-06/04/content_1.htm"))
        .isEqualTo("2012-06-04");
    // The archive's capture time is not the page's date.
    assertThat(
            DateFinder.fromUrl(
                "https://web.archive.org/web/20140226054445/http://t.example/2013/08/07/kino/"))
        .isEqualTo("2013-08-07");
    assertThat(DateFinder.fromUrl("https://news.example/2021/13/45/x")).isNull();
    assertThat(DateFinder.fromUrl("https://news.example/story-12345")).isNull();
  }

  @Test
  void textDatesInSeveralLanguages() {
    assertThat(DateFinder.fromText("Veröffentlicht am 29.12.2010, 14:00")).isEqualTo("2010-12-29");
    assertThat(DateFinder.fromText("7. November 2023")).isEqualTo("2023-11-07");
    assertThat(DateFinder.fromText("3. März 2022 von Anna")).isEqualTo("2022-03-03");
    assertThat(DateFinder.fromText("Posted May 31st, 2021")).isEqualTo("2021-05-31");
    assertThat(DateFinder.fromText("le 12 juillet 2019")).isEqualTo("2019-07-12");
    assertThat(DateFinder.fromText("5 de mayo de 2020")).isEqualTo("2020-05-05");
    assertThat(DateFinder.fromText("In 2020 about 31 people came")).isNull();
  }

  @Test
  void dateElementsAreReadButScriptsNever() {
    String html =
        "<body><script>var d = '01.01.2001';</script><p>Story text 02.02.2002 here.</p>"
            + "<span class=\"post-date\">Posted on 17. Februar 2025</span></body>";
    assertThat(DateFinder.fromDateElements(Jsoup.parse(html))).isEqualTo("2025-02-17");
    assertThat(DateFinder.fromDateElements(Jsoup.parse("<p>no date</p>"))).isNull();
  }

  @Test
  void emptyInputs() {
    assertThat(DateFinder.fromUrl(null)).isNull();
    assertThat(DateFinder.fromUrl("")).isNull();
    assertThat(DateFinder.fromText("")).isNull();
    assertThat(DateFinder.fromDateElements(Jsoup.parse(""))).isNull();
  }

  @Test
  void seededRandomTextGivesAValidDateOrNull() {
    Random random = new Random(7);
    String alphabet = "0123456789./- MaiJunNovember,de";
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String date = DateFinder.fromText(s.toString());
      if (date != null) {
        assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}");
      }
    }
  }
}
