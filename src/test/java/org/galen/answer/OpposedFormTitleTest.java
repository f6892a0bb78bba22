package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.Stems;
import org.junit.jupiter.api.Test;

/**
 * A title narrowed to a form the subject excludes ("Chronic …" for an acute condition) is about
 * another condition, though it carries the name of the broader condition MeSH files the subject
 * under; the broader condition's own title, or one qualified by the subject's own form, still is.
 */
class OpposedFormTitleTest {
  private static SubjectMatcher matcher(String subjectName, String question) {
    Concept subject = new Concept(subjectName, Concept.Origin.MESH, "D900060", List.of(subjectName),
        List.of("Zorbal Leukosis"), Concept.Kind.CONDITION);
    QuestionAnalysis asked = new QuestionAnalysis(question, question, List.of(), subject, List.of(),
        subjectName.toLowerCase(Locale.ROOT), Set.of(), false);
    // The titles' conditions: the broader "zorbal leukosis", whatever else they add.
    return new SubjectMatcher(asked, words -> false,
        words -> words.toLowerCase(Locale.ROOT).contains("zorbal leukosis"), () -> Stems.of("Zorbal Leukosis"));
  }

  @Test
  void aBroaderConditionNarrowedToTheOpposedFormIsNotAboutTheSubject() {
    SubjectMatcher acute = matcher("Acute Zorbal Leukosis", "what is the induction dose for acute zorbal leukosis");
    assertThat(acute.isTitleAbout("Chronic Zorbal Leukosis", true)).isFalse();
    assertThat(acute.isTitleAbout("Zorbal Leukosis", true)).isTrue();
    assertThat(acute.isTitleAbout("Zorbal Leukosis in Adults", true)).isTrue();
  }

  @Test
  void aTitleWritingTheSubjectsFormTooIsAboutItOneWritingOnlyTheOtherIsNot() {
    SubjectMatcher chronic = matcher("Chronic Zorbal Leukosis", "how is chronic zorbal leukosis treated");
    assertThat(chronic.isTitleAbout("Acute and Chronic Zorbal Leukosis", true)).isTrue();
    assertThat(chronic.isTitleAbout("Early Chronic Zorbal Leukosis", true)).isTrue();
    assertThat(matcher("Zorbal Leukosis, Late", "late zorbal leukosis: what then")
        .isTitleAbout("Early Zorbal Leukosis", true)).isFalse();
  }

  @Test
  void formsAFocusWordListDropsAsCuesStillOppose() {
    assertThat(matcher("Upper Zorbal Leukosis", "upper zorbal leukosis: what now")
        .isTitleAbout("Lower Zorbal Leukosis", true)).isFalse();
    assertThat(matcher("Uncomplicated Zorbal Leukosis", "uncomplicated zorbal leukosis: what now")
        .isTitleAbout("Complicated Zorbal Leukosis", true)).isFalse();
  }

  @Test
  void aQuestionWordThatIsNoFormOfTheSubjectExcludesNothing() {
    assertThat(matcher("Zorbal Leukosis", "how is zorbal leukosis acquired")
        .isTitleAbout("Congenital Zorbal Leukosis", true)).isTrue();
  }

  @Test
  void aQuestionWritingBothFormsExcludesNeither() {
    SubjectMatcher both = matcher("Acute Zorbal Leukosis", "acute zorbal leukosis or chronic: which is worse");
    assertThat(both.isTitleAbout("Chronic Zorbal Leukosis", true)).isTrue();
  }

  @Test
  void theListPairsEitherWay() {
    OpposedQualifiers list = OpposedQualifiers.builtIn();
    assertThat(list.opposes(Stems.of("chronic leukosis"), Stems.of("chronic"), Stems.of("acute myeloid"))).isTrue();
    assertThat(list.opposes(Stems.of("acute leukosis"), Stems.of("acute"), Stems.of("chronic"))).isTrue();
    assertThat(list.opposes(Stems.of("advanced leukosis"), Stems.of("advanced"), Stems.of("early stage"))).isTrue();
    assertThat(list.opposes(Stems.of("acute and chronic"), Stems.of("chronic"), Stems.of("acute"))).isFalse();
    assertThat(list.opposes(Stems.of("severe leukosis"), Stems.of("severe"), Stems.of("acute"))).isFalse();
  }
}
