package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.source.ClinicalVocabulary;
import org.galen.source.DrugBankVocabulary;
import org.junit.jupiter.api.Test;

/** The note that a dose asked for is missing: of the drugs asked after, never of the scene's. */
class GapNotesTest {
  private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(ConceptVocabulary.of(new ClinicalVocabulary(
      List.of(new DrugBankVocabulary.Entry("DB00787", "Aciclovir", List.of("Acyclovir")),
          new DrugBankVocabulary.Entry("DB00316", "Paracetamol", List.of("Acetaminophen"))),
      List.of(), Map.of())));

  private static final Map<SectionKind, List<Candidate>> ACICLOVIR_DOSED = Map.of(SectionKind.MEDICATIONS,
      new Guideline().part("Drug treatment", SectionKind.MEDICATIONS,
          "Aciclovir - Adult: 800 mg orally five times daily for 7 days").candidates());

  @Test
  void aDrugTheSceneTellsOfIsNotAskedAfter() {
    assertThat(GapNotes.missingDose(ANALYZER.analyze("Shingles in a woman taking paracetamol - what aciclovir dose?"),
        List.of(), ACICLOVIR_DOSED)).isEmpty();
  }

  @Test
  void theNoteNamesOnlyTheDrugsTheClauseThatAsksNames() {
    assertThat(GapNotes.missingDose(ANALYZER.analyze("Shingles on aciclovir - what paracetamol dose for the pain?"),
        List.of(), Map.of())).hasValueSatisfying(note -> assertThat(note.text()).contains("no dose of Paracetamol")
            .doesNotContain("Aciclovir"));
  }
}
