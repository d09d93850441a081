package dev.crosscheck.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatedLshIndexTest {
  private static final LocalDate DAY = LocalDate.of(2025, 2, 17);
  private final Shingler shingler = new Shingler();
  private final MinHasher hasher = new MinHasher();

  @Test
  void candidatesOutsideTheWindowAreDropped() {
    Random random = new Random(42);
    List<String> text = TestTexts.randomWords(random, 300, 5000);
    DatedLshIndex<String> index = new DatedLshIndex<>(new LshIndex<>(), 3);
    index.add("same-week", sign(TestTexts.edit(random, text, 3)), DAY.plusDays(2));
    index.add("a-month-later", sign(TestTexts.edit(random, text, 3)), DAY.plusDays(30));
    index.add("undated", sign(TestTexts.edit(random, text, 3)), null);
    index.add("unrelated", sign(TestTexts.randomWords(random, 300, 5000)), DAY);

    assertThat(index.candidates(sign(text), DAY)).containsExactly("same-week", "undated");
    assertThat(index.candidates(sign(text), null))
        .containsExactly("same-week", "a-month-later", "undated");
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void seededRandomKeysAllFindThemselvesOnTheirDay() {
    Random random = new Random(7);
    DatedLshIndex<Integer> index = new DatedLshIndex<>();
    for (int i = 0; i < 300; i++) {
      LocalDate day = DAY.plusDays(random.nextInt(60));
      MinHashSignature signature = sign(TestTexts.randomWords(random, 50, 5000));
      index.add(i, signature, day);
      assertThat(index.candidates(signature, day)).contains(i);
    }
  }

  @Test
  void emptySignatureHasNoCandidates() {
    DatedLshIndex<String> index = new DatedLshIndex<>();
    index.add("empty", MinHashSignature.EMPTY, DAY);
    assertThat(index.candidates(MinHashSignature.EMPTY, DAY)).isEmpty();
  }

  @Test
  void rejectsANegativeWindowAndAFilledIndex() {
    assertThatThrownBy(() -> new DatedLshIndex<String>(new LshIndex<>(), -1))
        .hasMessage("windowDays (-1) must be >= 0");
    LshIndex<String> filled = new LshIndex<>();
    filled.add("x", MinHashSignature.EMPTY);
    assertThatThrownBy(() -> new DatedLshIndex<>(filled, 1)).hasMessage("index size (1) must be 0");
  }

  @Test
  void chineseTextsGiveCharacterShinglesThatFindTheCopy() {
    Tokenizer tokenizer = new Tokenizer();
    String original = "港口周一晚上发生燃料驳船爆炸，造成十四人受伤。港务部长下令对爆炸事件展开调查。约一百二十名消防员奋战近六个小时。";
    String copy = "港口周一晚上发生燃料驳船爆炸，造成十四人受伤。港务部长周二下令对爆炸事件展开调查。约一百二十名消防员奋战近六个小时。";
    String other = "拉克菲尔德流浪者队周六在杯赛决赛中以三比一击败邓米尔竞技队，四万八千名观众观看了比赛。";
    long[] a = shingler.shingle(tokenizer.tokenize(original));
    long[] b = shingler.shingle(tokenizer.tokenize(copy));
    assertThat(a.length).isGreaterThan(40);
    assertThat(TestTexts.jaccard(a, b)).isGreaterThan(0.8);
    DatedLshIndex<String> index = new DatedLshIndex<>();
    index.add("original", hasher.sign(a), DAY);
    index.add("other", hasher.sign(shingler.shingle(tokenizer.tokenize(other))), DAY);
    assertThat(index.candidates(hasher.sign(b), DAY)).containsExactly("original");
  }

  private MinHashSignature sign(List<String> tokens) {
    return hasher.sign(shingler.shingle(tokens));
  }
}
