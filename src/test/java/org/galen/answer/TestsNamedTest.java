package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.galen.answer.question.Stems;
import org.junit.jupiter.api.Test;

class TestsNamedTest {
  private static boolean names(String line) {
    return TestsNamed.in(line, Stems.of(line));
  }

  @Test
  void aWordThatNamesATestOnItsOwnNamesOne() {
    assertThat(names("An ultrasound of the neck shows the narrowing")).isTrue();
    assertThat(names("Antibodies against the enzyme are found in most patients")).isTrue();
    assertThat(names("EKG (electrocardiogram)")).isTrue();
  }

  @Test
  void aWordSayingWhichTestBeforeTestNamesOne() {
    assertThat(names("A doctor confirms it with a sweat test")).isTrue();
    assertThat(names("Genetic tests can find the changed gene")).isTrue();
  }

  @Test
  void testsNamedByNothingButTheirNumberOrPlaceNameNone() {
    assertThat(names("The diagnosis is based on your history, an exam and test results")).isFalse();
    assertThat(names("Your doctor may recommend further tests")).isFalse();
    assertThat(names("These tests help find the cause")).isFalse();
    assertThat(names("Your doctor may order several diagnostic tests")).isFalse();
    assertThat(names("Laboratory testing may be normal between attacks")).isFalse();
    assertThat(names("Your doctor will listen to your heart")).isFalse();
    assertThat(names("There is no single test for it, and a negative test does not rule it out")).isFalse();
    assertThat(names("Your doctor may test your reflexes")).isFalse();
  }

  @Test
  void aHyphenatedNameIsFoundAsWrittenNotByItsPieces() {
    assertThat(names("A chest x-ray shows the fluid")).isTrue();
    assertThat(names("The condition is X-linked and passed on by mothers")).isFalse();
    assertThat(names("Take 2 tablets 3 x daily")).isFalse();
  }

  @Test
  void aNameWithDigitsBeforeTestNamesOne() {
    assertThat(names("An HbA1c test shows the average of recent months")).isTrue();
  }
}
