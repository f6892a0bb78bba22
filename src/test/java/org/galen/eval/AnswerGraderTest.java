package org.galen.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.answer.Article;
import org.galen.answer.Audience;
import org.galen.answer.Dose;
import org.galen.answer.Reference;
import org.galen.answer.Section;
import org.galen.answer.SourceSpan;
import org.galen.answer.Statement;
import org.galen.source.EvidenceLevel;
import org.junit.jupiter.api.Test;

/** Each criterion of the answer set's README, graded exactly as written. */
class AnswerGraderTest {
  private static final String MALARIA = "nstg:malaria";
  private static final String NEWBORN = "nstg:malaria-in-the-newborn";

  @Test
  void anArticleMeetingEveryCriterionPasses() {
    AnswerItem item = item(List.of(MALARIA), List.of(NEWBORN), List.of("ARTESUNATE"), List.of("full course of act"),
        List.of("furosemide"), Optional.of(false));
    assertThat(AnswerGrader.failures(item, article())).isEmpty();
  }

  @Test
  void leadIsReferenceOneAndCiteAnyIsAnyReference() {
    assertThat(AnswerGrader.failures(item(List.of(NEWBORN), List.of(), List.of(), List.of(), List.of(),
        Optional.empty()), article())).singleElement().asString().startsWith("lead: reference [1] is nstg:malaria");
    assertThat(AnswerGrader.failures(item(List.of(), List.of("nstg:other"), List.of(), List.of(), List.of(),
        Optional.empty()), article())).singleElement().asString().startsWith("cite_any");
  }

  @Test
  void bottomAnyReadsOnlyTheFirstSectionAndAnyAlsoReadsDoses() {
    // "quinine" is in the second section and in a dose's text, never in the first section.
    assertThat(AnswerGrader.failures(item(List.of(), List.of(), List.of("quinine"), List.of(), List.of(),
        Optional.empty()), article())).singleElement().asString().startsWith("bottom_any");
    assertThat(AnswerGrader.failures(item(List.of(), List.of(), List.of(), List.of("20 mg/kg"), List.of(),
        Optional.empty()), article())).isEmpty();
  }

  @Test
  void noneReadsStatementsCaseInsensitivelyWithoutStemming() {
    assertThat(AnswerGrader.failures(item(List.of(), List.of(), List.of(), List.of(), List.of("Quinine"),
        Optional.empty()), article())).singleElement().asString().startsWith("none: statements name [Quinine]");
    assertThat(AnswerGrader.failures(item(List.of(), List.of(), List.of(), List.of(), List.of("quinines"),
        Optional.empty()), article())).isEmpty();
  }

  @Test
  void anAbstentionPassesOnlyAnItemAskingForOne() {
    Article abstained = new Article("q", "q", Audience.PHYSICIAN, true, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), "disclaimer");
    assertThat(AnswerGrader.failures(item(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.of(true)),
        abstained)).isEmpty();
    assertThat(AnswerGrader.failures(item(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty()),
        abstained)).singleElement().asString().startsWith("abstain: the article abstains");
    assertThat(AnswerGrader.failures(item(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.of(true)),
        article())).singleElement().asString().startsWith("abstain: the article answers");
  }

  private static AnswerItem item(List<String> lead, List<String> citeAny, List<String> bottomAny, List<String> any,
      List<String> none, Optional<Boolean> abstain) {
    return new AnswerItem("g1", "q", Audience.PHYSICIAN, "treatment", lead, citeAny, bottomAny, any, none, abstain,
        Optional.empty());
  }

  private static Article article() {
    Statement first = statement("Parenteral Artesunate is the drug of choice for severe malaria");
    Statement second = statement("Follow-on Treatment with a full course of ACT; quinine where artesunate is unavailable");
    String line = "Quinine - Neonate: 20 mg/kg loading dose";
    Dose dose = new Dose("Quinine", "DB00468", "", "", "", "", "", "Neonate", "", Map.of(), line,
        new SourceSpan(NEWBORN, 0, line.length()), 2);
    return new Article("q", "q", Audience.PHYSICIAN, false,
        List.of(new Section("From the Guidelines: Malaria", "guidelines", List.of(first)),
            new Section("Medications", "medications", List.of(second))),
        List.of(dose), List.of(reference(1, MALARIA), reference(2, NEWBORN)), List.of(), List.of(), List.of(),
        "disclaimer");
  }

  private static Statement statement(String text) {
    return new Statement(text, List.of(1), List.of(new SourceSpan(MALARIA, 0, text.length())));
  }

  private static Reference reference(int n, String docId) {
    return new Reference(n, docId, docId, "Guideline", EvidenceLevel.GUIDELINE, docId, "", Optional.empty(), "", "");
  }
}
