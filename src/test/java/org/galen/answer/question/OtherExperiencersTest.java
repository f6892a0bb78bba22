package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a question tells of another person than its patient, as ConText's experiencer reads it. */
class OtherExperiencersTest {
  @Test
  void aRelativesFindingsAfterThePatientIsDescribedAreTheirsToTheSentenceEnd() {
    assertThat(kept("my 2 year old has a blotchy rash on his legs. his father has gout, psoriasis and asthma. "
        + "what cream?")).isEqualTo("my 2 year old has a blotchy rash on his legs. his . what cream?");
    assertThat(kept("a boy with a wheeze at night; family history of eczema")).isEqualTo("a boy with a wheeze at night;");
  }

  @Test
  void aQuestionOpeningWithARelativeIsAboutThem() {
    assertThat(kept("my husband has gout - what can he take?")).isEqualTo("my husband has gout - what can he take?");
  }

  @Test
  void aRelativeNamedWithoutWhatTheyHaveTellsNothingOfTheirs() {
    assertThat(kept("my 6 year old has a cough and her mother is worried about asthma"))
        .isEqualTo("my 6 year old has a cough and her mother is worried about asthma");
  }

  @Test
  void aWordTurningBackToThePatientEndsTheScope() {
    assertThat(kept("a woman of 30 with a cough, her sister had asthma but she has a fever"))
        .isEqualTo("a woman of 30 with a cough, her but she has a fever");
  }

  private static String kept(String text) {
    return Negations.blanked(text).replaceAll(" {2,}", " ").strip();
  }
}
