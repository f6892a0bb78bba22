package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracketedNamesTest {
  @Test
  void aBracketListsNamesOrSaysWhatTheSourceIsNotAbout() {
    assertThat(BracketedNames.withBracketedNames(List.of("Varrow Bubo (Climatic Swelling; Durand Fever)"), 2))
        .containsExactly("Varrow Bubo (Climatic Swelling; Durand Fever)", "Climatic Swelling", "Durand Fever");
    assertThat(BracketedNames.withBracketedNames(List.of("Kellan Rhinitis (Common Cold, Head Chill)"), 2))
        .contains("Common Cold", "Head Chill");
    assertThat(BracketedNames.withBracketedNames(List.of("Kellan Rhinitis (Common Cold, Coryza)"), 2))
        .as("a comma parts names only when each part is one").contains("Common Cold, Coryza")
        .doesNotContain("Common Cold");
    assertThat(BracketedNames.withBracketedNames(List.of("Kellan Infection (Other Than Varrow Bubo)"), 2))
        .containsExactly("Kellan Infection (Other Than Varrow Bubo)");
    assertThat(BracketedNames.withBracketedNames(List.of("Kellan Fever (Children Under 5 Years)"), 2)).hasSize(1);
  }

  @Test
  void anExclusionIsReadWhereverItsWordsAreSpacedNeverInsideAName() {
    assertThat(BracketedNames.excludedBy("Kellan Infection (other than Varrow Bubo)")).isEqualTo("other than Varrow Bubo");
    assertThat(BracketedNames.excludedBy("Kellan Infection (Other-Than Varrow Bubo)")).isNotEmpty();
    assertThat(BracketedNames.excludedBy("Kellan Infection (Dry; Other  than Varrow Bubo)")).isNotEmpty();
    assertThat(BracketedNames.excludedBy("Varrow Bubo (Nothing Else)")).as("a word beginning like one").isEmpty();
    assertThat(BracketedNames.excludedBy("Varrow Bubo (Climatic Swelling; Durand Fever)")).as("a list of names").isEmpty();
    assertThat(BracketedNames.excludedBy("Peptic Ulcer Disease (PUD)")).isEmpty();
    assertThat(BracketedNames.excludedBy("Lymphoma (Non-Hodgkin)")).as("a name's own prefix excludes nothing").isEmpty();
    assertThat(BracketedNames.excludedBy("Lymphoma (Not-Hodgkin)")).as("a hyphen joins a word").isEmpty();
    assertThat(BracketedNames.bare("Peptic Ulcer Disease (PUD)")).isEqualTo("Peptic Ulcer Disease");
  }
}
