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
    assertThat(kept("a woman of 30 with a cough and a fever, her sister had asthma but she has a rash"))
        .isEqualTo("a woman of 30 with a cough and a fever, her but she has a rash");
    assertThat(kept("my 4 year old has a cough and a wheeze, her brother had the same how do I treat it"))
        .isEqualTo("my 4 year old has a cough and a wheeze, her how do I treat it");
  }

  @Test
  void whatARelativeDidForThePatientOrWhoBroughtThemTellsNothingOfTheirs() {
    String given = "my 3 year old has a runny nose and a cough. her mother has given her paracetamol and she still "
        + "has a fever";
    assertThat(kept(given)).isEqualTo(given);
    String brought = "a 5 year old girl brought in by her mother with a high fever and a rash";
    assertThat(kept(brought)).isEqualTo(brought);
  }

  @Test
  void aQuestionTellingOnlyWhoItsPatientIsAsksAboutTheOtherPersonsFinding() {
    String exposed = "newborn baby, the mother has hepatitis B. what does the baby need?";
    assertThat(kept(exposed)).isEqualTo(exposed);
    String history = "40 year old woman with a family history of breast cancer - when should she be screened?";
    assertThat(kept(history)).isEqualTo(history);
  }

  private static String kept(String text) {
    return Negations.blanked(text).replaceAll(" {2,}", " ").strip();
  }
}
