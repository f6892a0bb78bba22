package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcludedNamesTest {
  @Test
  void aBracketOpenedByAnExclusionIsLeftOutOthersStay() {
    assertThat(ExcludedNames.excludedBy("Kellan Infection (other than Varrow Bubo)")).isEqualTo("other than Varrow Bubo");
    assertThat(ExcludedNames.excludedBy("Varrow Bubo (Climatic Swelling; Durand Fever)")).isEmpty();
    assertThat(ExcludedNames.excludedBy("Varrow Bubo (Nothing Else)")).as("a word beginning like one is none")
        .isEmpty();
    assertThat(ExcludedNames.excludedBy("Peptic Ulcer Disease (PUD)")).isEmpty();
  }
}
