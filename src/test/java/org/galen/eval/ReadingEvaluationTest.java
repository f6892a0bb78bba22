package org.galen.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.answer.Article;
import org.galen.answer.Audience;
import org.galen.answer.ReadingGrade;
import org.galen.answer.Section;
import org.galen.answer.Statement;
import org.junit.jupiter.api.Test;

/** Articles written for the test stand for what an engine composes; the grading and medians are real. */
class ReadingEvaluationTest {
  private static final String PLAIN = "Drink water when you feel hot and you will feel well.";
  private static final String HARD = "Intravenous administration of antimicrobial chemotherapy necessitates "
      + "individualised pharmacokinetic monitoring.";

  private static Article article(Audience audience, boolean abstained, String... statements) {
    List<Statement> said = java.util.Arrays.stream(statements).map(text -> new Statement(text, List.of(1), List.of()))
        .toList();
    return new Article("q", "q", audience, abstained, said.isEmpty() ? List.of() : List.of(new Section("S", "overview",
        said)), List.of(), List.of(), List.of(), List.of(), List.of(), "disclaimer");
  }

  private static AnswerItem item(String question) {
    return new AnswerItem(question, question, Audience.PHYSICIAN, "treatment", List.of(), List.of(), List.of(),
        List.of(), List.of(), Optional.empty(), Optional.empty());
  }

  @Test
  void fragmentsOfFewerThanSixWordsDoNotLowerAnArticlesGrade() {
    List<Statement> withFragments = List.of(new Statement(HARD, List.of(1), List.of()),
        new Statement("Paracetamol", List.of(1), List.of()), new Statement("Bed rest", List.of(1), List.of()));
    assertThat(ReadingGrade.of(withFragments, ReadingEvaluation.MIN_WORDS))
        .isEqualTo(ReadingGrade.of(List.of(new Statement(HARD, List.of(1), List.of()))))
        .isGreaterThan(ReadingGrade.of(withFragments));
  }

  @Test
  void eachAudiencesMedianIsOverItsGradedArticlesLeavingOutAbstentionsAndFragmentOnlyArticles() throws Exception {
    Map<String, Article> patient = Map.of("a", article(Audience.PATIENT, false, PLAIN),
        "b", article(Audience.PATIENT, true, HARD), "c", article(Audience.PATIENT, false, "Rest"));
    Map<String, Article> physician = Map.of("a", article(Audience.PHYSICIAN, false, HARD),
        "b", article(Audience.PHYSICIAN, false, PLAIN), "c", article(Audience.PHYSICIAN, false, HARD));
    Map<Audience, ReadingEvaluation.AudienceGrades> grades = new ReadingEvaluation((question, audience) ->
        (audience == Audience.PATIENT ? patient : physician).get(question))
        .run(List.of(item("a"), item("b"), item("c")), List.of(Audience.PATIENT, Audience.PHYSICIAN));

    assertThat(grades.keySet()).containsExactly(Audience.PATIENT, Audience.PHYSICIAN);
    double plain = ReadingGrade.of(List.of(new Statement(PLAIN, List.of(1), List.of())));
    double hard = ReadingGrade.of(List.of(new Statement(HARD, List.of(1), List.of())));
    assertThat(grades.get(Audience.PATIENT).grades()).containsExactly(plain);
    assertThat(grades.get(Audience.PATIENT).asked()).isEqualTo(3);
    assertThat(grades.get(Audience.PHYSICIAN).median()).isEqualTo(hard);
    assertThat(grades.get(Audience.PHYSICIAN).grades()).containsExactly(hard, plain, hard);
  }
}
