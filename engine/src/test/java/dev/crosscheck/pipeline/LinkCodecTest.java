package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.cluster.CandidateRule;
import dev.crosscheck.cluster.LinkScorer;
import org.junit.jupiter.api.Test;

class LinkCodecTest {
  @Test
  void theDefaultFormatIsWhatStoresSaved() {
    // Stores hold links under this string: a change makes every store score its links again.
    assertThat(LinkCodec.FORMAT)
        .isEqualTo(
            "links-2 features-2 link-0.25 min-keys-2 key-overlap-0.1 hot-key-1000 lsh-8x16"
                + " window-14");
    assertThat(LinkCodec.format(new LinkScorer())).isEqualTo(LinkCodec.FORMAT);
  }

  @Test
  void anotherCandidateRuleIsAnotherFormat() {
    String wide = LinkCodec.format(new LinkScorer().withCandidates(CandidateRule.WIDE));
    assertThat(wide).contains("min-keys-1 key-overlap-0.05").isNotEqualTo(LinkCodec.FORMAT);
  }
}
