package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Each spelling rule runs only on words with the letters its expression needs: that must change
 * nothing — the rules gated fold every word as the rules run on every word do.
 */
class SpellingFoldFilterTest {
  @Test
  void britishSpellingsAndSymptomAdjectivesFold() {
    assertThat(SpellingFoldFilter.fold("anaemia", true)).isEqualTo("anemia");
    assertThat(SpellingFoldFilter.fold("oedema", true)).isEqualTo("edema");
    assertThat(SpellingFoldFilter.fold("tumours", true)).isEqualTo("tumors");
    assertThat(SpellingFoldFilter.fold("itchy", true)).isEqualTo("itch");
    assertThat(SpellingFoldFilter.fold("hour", true)).isEqualTo("hour");
  }

  @Property(tries = 5000)
  void gatedRulesFoldAsTheRulesRunOnEveryWord(@ForAll("words") String word) {
    assertThat(SpellingFoldFilter.fold(word, true)).isEqualTo(SpellingFoldFilter.fold(word, false));
  }

  /** A word the first look passes on unchanged is one no rule would change. */
  @Property(tries = 5000)
  void aWordTheFirstLookPassesOnIsOneNoRuleChanges(@ForAll("words") String word) {
    if (!SpellingFoldFilter.mayFold(word)) {
      assertThat(SpellingFoldFilter.fold(word, false)).isEqualTo(word);
    }
  }

  /** Words built from the pieces the rules look for, and other letters. */
  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("ae", "oe", "rrhoea", "pnoea", "pnoeic", "amoeb", "foet", "coeliac", "sulph", "iour", "our", "ours", "is", "ise", "ises",
            "ised", "ising", "isation", "ial", "al", "emic", "matic", "y", "ies", "iness", "ch", "rch", "sh", "mp",
            "nk", "ck", "ez", "ff", "st", "at", "od", "bb", "tt", "ak", "ol", "ul"),
        Arbitraries.strings().withChars("abcdeiklmnoprstuy").ofMinLength(1).ofMaxLength(3));
    return piece.list().ofMinSize(1).ofMaxSize(5).map(pieces -> String.join("", pieces));
  }
}
