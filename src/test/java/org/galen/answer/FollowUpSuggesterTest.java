package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.Intent;
import org.galen.answer.question.QuestionAnalysis;
import org.junit.jupiter.api.Test;

/** Suggested follow-ups fit what the subject is, and only what the evidence has sections for. */
class FollowUpSuggesterTest {
  private static final Set<SectionKind> EVERYTHING = EnumSet.allOf(SectionKind.class);

  @Test
  void aDrugIsAskedItsDoseAndSideEffectsNeverHowItIsTreated() {
    List<String> suggested = FollowUpSuggester.suggest(about("metformin", Concept.Kind.DRUG), EVERYTHING);
    assertThat(suggested).contains("What is the dose of metformin?", "What are the side effects and cautions of metformin?")
        .noneMatch(s -> s.contains("treated") || s.contains("diagnosed"));
  }

  @Test
  void aClassOfDrugsIsAskedOfInThePlural() {
    assertThat(FollowUpSuggester.suggest(about("ACE inhibitors", Concept.Kind.DRUG), EVERYTHING))
        .contains("What are ACE inhibitors used for?");
    assertThat(FollowUpSuggester.suggest(about("metformin", Concept.Kind.DRUG), EVERYTHING))
        .contains("What is metformin used for?");
  }

  @Test
  void aConditionIsAskedHowItIsTreatedAndAPopulationNothing() {
    assertThat(FollowUpSuggester.suggest(about("gout", Concept.Kind.CONDITION), EVERYTHING))
        .contains("What is the treatment for gout?");
    assertThat(FollowUpSuggester.suggest(about("pregnancy", Concept.Kind.POPULATION), EVERYTHING)).isEmpty();
    assertThat(FollowUpSuggester.suggest(about("gout", Concept.Kind.CONDITION), EnumSet.of(SectionKind.OVERVIEW)))
        .as("nothing the evidence cannot answer").isEmpty();
  }

  @Test
  void aNameInThePluralReadsAsRightlyAsOneInTheSingular() {
    assertThat(FollowUpSuggester.suggest(about("falls", Concept.Kind.CONDITION), EVERYTHING))
        .contains("What is the treatment for falls?", "What does the diagnosis of falls involve?")
        .noneMatch(s -> s.startsWith("How is falls"));
  }

  @Test
  void onlyASectionThatAnswersItByItselfMakesASuggestionAnswerable() {
    // Symptoms help a diagnosis question read, and a drug list a prevention one, but answer neither.
    assertThat(FollowUpSuggester.suggest(about("gout", Concept.Kind.CONDITION), EnumSet.of(SectionKind.SYMPTOMS)))
        .containsExactly("What are the symptoms of gout?");
    assertThat(FollowUpSuggester.suggest(about("gout", Concept.Kind.CONDITION), EnumSet.of(SectionKind.MEDICATIONS)))
        .contains("What is the treatment for gout?").noneMatch(s -> s.contains("prevented"));
  }

  private static QuestionAnalysis about(String subject, Concept.Kind kind) {
    Concept concept = new Concept(subject, Concept.Origin.MESH, "", List.of(subject), List.of(), kind);
    return new QuestionAnalysis("What is " + subject + "?", "What is " + subject + "?", List.<Intent>of(), concept,
        List.of(), subject, Set.of(), false);
  }
}
