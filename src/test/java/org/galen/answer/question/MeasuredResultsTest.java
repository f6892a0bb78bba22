package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a substance's name is written as a measured result rather than as a medicine. */
class MeasuredResultsTest {
  @Test
  void aLevelWordAfterTheNameAcrossAFewWordsIsAResult() {
    assertThat(told("magnesium a bit low on the ward bloods", "magnesium")).isTrue();
    assertThat(told("his ferritin is markedly raised", "ferritin")).isTrue();
    assertThat(told("sodium falling since admission", "sodium")).isTrue();
  }

  @Test
  void aLevelOrSpecimenWordJustBeforeTheNameIsAResult() {
    assertThat(told("elevated troponin after a fall", "troponin")).isTrue();
    assertThat(told("serum magnesium 0.5 on day two", "magnesium")).isTrue();
    assertThat(told("a raised troponin with normal magnesium", "magnesium")).isTrue();
  }

  @Test
  void aValuePerLitreOrAfterLevelIsAResultAndADecimalPointEndsNoClause() {
    assertThat(told("ferritin 8.5 µg/L in a vegan", "ferritin")).isTrue();
    assertThat(told("urea 14 mmol/L and rising", "urea")).isTrue();
    assertThat(told("theophylline level of 25, what now", "theophylline")).isTrue();
  }

  @Test
  void anAmountGivenIsNoResult() {
    assertThat(told("magnesium 2 g over 20 minutes", "magnesium")).isFalse();
    assertThat(told("ferrous sulfate 200 mg/5 ml for a toddler", "ferrous sulfate")).isFalse();
    assertThat(told("is theophylline safe in pregnancy", "theophylline")).isFalse();
    assertThat(told("normal saline for a dehydrated child", "saline")).isFalse();
    assertThat(told("vitamin D, how high a dose", "vitamin D")).isFalse();
    assertThat(told("lignocaine 2% for a ring block", "lignocaine")).isFalse();
    assertThat(told("ferritin too high a dose for her?", "ferritin")).isFalse();
    assertThat(told("magnesium low dose in pregnancy", "magnesium")).isFalse();
    assertThat(told("theophylline raised to 200 mg twice daily", "theophylline")).isFalse();
    assertThat(told("sodium 30 mmol/L in the maintenance fluids", "sodium")).isFalse();
    assertThat(told("is theophylline high risk in pregnancy", "theophylline")).isFalse();
  }

  @Test
  void aValueThatRisesToAnotherIsStillALevel() {
    assertThat(told("magnesium rising to 1.4 overnight", "magnesium")).isTrue();
  }

  @Test
  void aLevelWordInTheNextClauseTellsNothingOfTheName() {
    assertThat(told("taking magnesium. blood pressure high", "magnesium")).isFalse();
    assertThat(told("on ferritin supplements, is the risk high", "ferritin")).isFalse();
  }

  private static boolean told(String text, String name) {
    int start = text.indexOf(name);
    return MeasuredResults.told(text, start, start + name.length());
  }
}
