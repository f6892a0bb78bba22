package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  /**
   * Every letter pair before every ending a "-y" rule folds, after a few stems: the gates of those
   * rules name letter pairs, and a pair left out would be found here whatever the random words hold.
   */
  @Test
  void everyLetterPairBeforeAYEndingFoldsAsTheRulesDo() {
    for (String stem : List.of("", "a", "ab", "str", "rou")) {
      for (char first = 'a'; first <= 'z'; first++) {
        for (char second = 'a'; second <= 'z'; second++) {
          for (String ending : List.of("y", "ies", "iness")) {
            String word = stem + first + second + ending;
            assertThat(SpellingFoldFilter.fold(word, true)).as(word).isEqualTo(SpellingFoldFilter.fold(word, false));
            if (!SpellingFoldFilter.mayFold(word)) {
              assertThat(SpellingFoldFilter.fold(word, false)).as(word).isEqualTo(word);
            }
          }
        }
      }
    }
  }

  /** Words built from the pieces the rules look for, and other letters. */
  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("ae", "oe", "rrhoea", "pnoea", "pnoeic", "amoeb", "foet", "coeliac", "sulph", "iour", "our", "ours", "is", "ise", "ises",
            "ised", "ising", "isation", "ial", "al", "emic", "matic", "y", "ies", "iness", "ch", "rch", "sh", "mp",
            "nk", "ck", "ez", "ff", "st", "at", "od", "bb", "dd", "gg", "mm", "nn", "pp", "tt", "ak", "ok", "uk", "ol", "ul"),
        Arbitraries.strings().withChars("abcdefghiklmnoprstuyz").ofMinLength(1).ofMaxLength(3));
    return piece.list().ofMinSize(1).ofMaxSize(5).map(pieces -> String.join("", pieces));
  }
}
