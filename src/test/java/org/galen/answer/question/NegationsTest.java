package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegationsTest {
  private static String kept(String text) {
    return Negations.blanked(text).replaceAll("\\s+", " ").strip();
  }

  @Test
  void aTriggerBeforeItsFindingCoversItToTheClauseEnd() {
    assertThat(kept("sore knee for a week, no swelling or redness, worse on stairs"))
        .isEqualTo("sore knee for a week, , worse on stairs");
  }

  @Test
  void aConjunctionEndsTheScope() {
    assertThat(kept("no cough and a hot swollen elbow")).isEqualTo("and a hot swollen elbow");
  }

  @Test
  void theScopeIsAFewWordsAtMost() {
    assertThat(kept("without any sign of redness around the wound edges at all"))
        .isEqualTo("the wound edges at all");
  }

  @Test
  void aTriggerAfterItsFindingCoversTheWordsBeforeIt() {
    assertThat(kept("itchy scalp, his blood count is normal. what shampoo?")).isEqualTo("itchy scalp, . what shampoo?");
    assertThat(kept("rash on the legs and the joints are fine")).isEqualTo("rash on the legs and");
  }

  @Test
  void inabilityIsAFindingNotANegation() {
    assertThat(kept("she can't lift her arm and cannot swallow")).isEqualTo("she can't lift her arm and cannot swallow");
  }

  @Test
  void aPseudoTriggerNegatesNothing() {
    assertThat(kept("gram negative sepsis not responding to ceftriaxone"))
        .isEqualTo("gram negative sepsis not responding to ceftriaxone");
  }

  @Test
  void contractionsNegateAsTheirWordsDo() {
    assertThat(kept("the spots don't itch, what are they")).isEqualTo("the spots , what are they");
  }
}
