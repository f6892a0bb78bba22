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
    List<String> suggested = suggest(about("metformin", Concept.Kind.DRUG), EVERYTHING);
    assertThat(suggested).contains("What is the dose of metformin?", "What are the side effects and cautions of metformin?")
        .noneMatch(s -> s.contains("treated") || s.contains("diagnosed"));
  }

  @Test
  void aClassOfDrugsIsAskedOfInThePlural() {
    assertThat(suggest(about("ACE inhibitors", Concept.Kind.DRUG), EVERYTHING))
        .contains("What are ACE inhibitors used for?");
    assertThat(suggest(about("metformin", Concept.Kind.DRUG), EVERYTHING))
        .contains("What is metformin used for?");
  }

  @Test
  void aConditionIsAskedHowItIsTreatedAndAPopulationNothing() {
    assertThat(suggest(about("gout", Concept.Kind.CONDITION), EVERYTHING))
        .contains("What is the treatment for gout?");
    assertThat(suggest(about("pregnancy", Concept.Kind.POPULATION), EVERYTHING)).isEmpty();
    assertThat(suggest(about("gout", Concept.Kind.CONDITION), EnumSet.of(SectionKind.OVERVIEW)))
        .as("nothing the evidence cannot answer").isEmpty();
  }

  @Test
  void aNameInThePluralReadsAsRightlyAsOneInTheSingular() {
    assertThat(suggest(about("falls", Concept.Kind.CONDITION), EVERYTHING))
        .contains("What is the treatment for falls?", "What does the diagnosis of falls involve?")
        .noneMatch(s -> s.startsWith("How is falls"));
  }

  @Test
  void onlyASectionThatAnswersItByItselfMakesASuggestionAnswerable() {
    // Symptoms help a diagnosis question read, and a drug list a prevention one, but answer neither.
    assertThat(suggest(about("gout", Concept.Kind.CONDITION), EnumSet.of(SectionKind.SYMPTOMS)))
        .containsExactly("What are the symptoms of gout?");
    assertThat(suggest(about("gout", Concept.Kind.CONDITION), EnumSet.of(SectionKind.MEDICATIONS)))
        .contains("What is the treatment for gout?").noneMatch(s -> s.contains("prevented"));
  }

  @Test
  void anInvertedHeadingIsAskedOfInReadingOrderWhenTheConceptListsIt() {
    Concept listed = new Concept("Frothosis, Gastric", Concept.Origin.MESH, "",
        List.of("Frothosis, Gastric", "Gastric Frothosis"), List.of(), Concept.Kind.CONDITION);
    assertThat(suggest(about(listed, "Frothosis, Gastric"), EVERYTHING))
        .contains("What is the treatment for Gastric Frothosis?").noneMatch(s -> s.contains(","));
    Concept unlisted = new Concept("Frothosis, Gastric, with Excess of Bubbles", Concept.Origin.MESH, "",
        List.of("Frothosis, Gastric, with Excess of Bubbles"), List.of(), Concept.Kind.CONDITION);
    assertThat(suggest(about(unlisted, unlisted.name()), EVERYTHING))
        .as("a heading that does not turn round cleanly stays as written")
        .contains("What is the treatment for Frothosis, Gastric, with Excess of Bubbles?");
  }

  @Test
  void runsOfSpacesAreOneAndAPagesTitleIsNoName() {
    assertThat(suggest(about("Gum   Frothosis", Concept.Kind.CONDITION), EVERYTHING))
        .contains("What is the treatment for Gum Frothosis?");
    assertThat(suggest(about("Is Frothosis Surgery Right for You?", Concept.Kind.CONDITION), EVERYTHING))
        .isEmpty();
  }

  @Test
  void aSubjectTheVocabularyNamesAsAProcedureIsAskedOfAsOne() {
    List<String> suggested = FollowUpSuggester.suggest(about("Elbow Rebuilding", Concept.Kind.CONDITION), EVERYTHING,
        name -> name.equals("Elbow Rebuilding"));
    assertThat(suggested).contains("When is Elbow Rebuilding recommended?", "What are the risks of Elbow Rebuilding?")
        .noneMatch(s -> s.contains("symptoms") || s.contains("causes"));
  }

  private static List<String> suggest(QuestionAnalysis analysis, Set<SectionKind> withEvidence) {
    return FollowUpSuggester.suggest(analysis, withEvidence, name -> false);
  }

  private static QuestionAnalysis about(String subject, Concept.Kind kind) {
    return about(new Concept(subject, Concept.Origin.MESH, "", List.of(subject), List.of(), kind), subject);
  }

  private static QuestionAnalysis about(Concept concept, String subject) {
    return new QuestionAnalysis("What is " + subject + "?", "What is " + subject + "?", List.<Intent>of(), concept,
        List.of(), subject, Set.of(), false);
  }
}
