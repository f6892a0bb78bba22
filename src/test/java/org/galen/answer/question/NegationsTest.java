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
  void aTriggerAfterItsFindingNegatesOnlyWhereItEndsItsClauseAndNotPastAnIf() {
    assertThat(kept("a normal dose of quinine for a rash")).isEqualTo("a normal dose of quinine for a rash");
    assertThat(kept("a rhesus negative mother, the scan is normal")).isEqualTo("a rhesus negative mother,");
    assertThat(kept("which cream for the rash if the liver is fine?")).isEqualTo("which cream for the rash if ?");
  }

  @Test
  void inabilityIsAFindingNotANegation() {
    assertThat(kept("she can't lift her arm and cannot swallow")).isEqualTo("she can't lift her arm and cannot swallow");
    assertThat(kept("he can't see properly at night")).isEqualTo("he can't see properly at night");
  }

  @Test
  void lookingForSomethingAndFindingNoneOfItIsANegation() {
    assertThat(kept("a swollen ankle, I can't see any bruise, what helps?")).isEqualTo("a swollen ankle, I , what helps?");
    assertThat(kept("we cannot see any lump in the neck")).isEqualTo("we");
    assertThat(kept("I can't find any advice on shingles in pregnancy")).as("finding no advice is no absent finding")
        .isEqualTo("I can't find any advice on shingles in pregnancy");
  }

  @Test
  void aPseudoTriggerNegatesNothing() {
    assertThat(kept("gram negative sepsis not responding to ceftriaxone, no rash"))
        .isEqualTo("gram negative sepsis not responding to ceftriaxone,");
  }

  @Test
  void contractionsNegateAsTheirWordsDo() {
    assertThat(kept("the spots don't itch, what are they")).isEqualTo("the spots , what are they");
  }
}
