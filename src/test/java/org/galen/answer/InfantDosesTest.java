package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.galen.answer.question.Stems;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asked about an infant, the fixed dose of a drug the sources dose infants with by weight is an
 * older patient's and is left out; a fixed dose of a drug with no infant's dose stays, and so does
 * every line asked about an adult or a breastfeeding mother. Lines of guidelines written for the
 * test, drugs read from a DrugBank file written for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InfantDosesTest {
  private static final Candidate FIXED = line("Glorbide 200 mg orally twice daily for 3 days");
  private static final Candidate BY_WEIGHT = line("Glorbide 2 mg/kg orally twice daily for 3 days");
  private static final Candidate OTHER_DRUG = line("Plimazole 500 mg orally once daily");
  private static final List<Candidate> LINES = List.of(FIXED, BY_WEIGHT, OTHER_DRUG);

  private DrugDictionary drugs;

  @BeforeAll
  void drugs(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("drugbank-vocabulary.csv"),
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key\n"
            + "DB90031,,Glorbide,1234-56-7,F1UNII,Glorbide,ABCDEFGHIJKLMN-UHFFFAOYSA-N\n"
            + "DB90032,,Plimazole,1234-56-8,F2UNII,Plimazole,ABCDEFGHIJKLMO-UHFFFAOYSA-N\n");
    drugs = DrugDictionary.load(directory);
  }

  @Test
  void anInfantIsGivenNoFixedDoseOfADrugTheSourcesDoseInfantsWithByWeight() {
    assertThat(InfantDoses.withoutOlderPatientsDoses(LINES, "6 week old baby with wenrot colic - glorbide dose?", drugs))
        .containsExactly(BY_WEIGHT, OTHER_DRUG);
    assertThat(InfantDoses.withoutOlderPatientsDoses(LINES, "newborn with wenrot colic - glorbide dose?", drugs))
        .containsExactly(BY_WEIGHT, OTHER_DRUG);
  }

  @Test
  void anAdultsAnOlderChildsOrAMothersQuestionKeepsEveryLine() {
    assertThat(InfantDoses.withoutOlderPatientsDoses(LINES, "man of 50 with wenrot colic - glorbide dose?", drugs))
        .isEqualTo(LINES);
    assertThat(InfantDoses.withoutOlderPatientsDoses(LINES, "12 year old with wenrot colic - glorbide dose?", drugs))
        .isEqualTo(LINES);
    assertThat(InfantDoses.withoutOlderPatientsDoses(LINES,
        "breastfeeding mother of a 6 week old baby has wenrot colic - glorbide dose?", drugs)).isEqualTo(LINES);
  }

  private static Candidate line(String text) {
    StoredPassage passage = new StoredPassage("nstg:wenrot-colic", "nstg:wenrot-colic", "nstg", "Wenrot Colic",
        "Drug treatment", SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE, Optional.empty(), 0,
        new Span(0, text.length()), List.of(new Span(0, text.length())), text);
    return new Candidate(passage, new Span(0, text.length()), text, Stems.of(text), SectionKind.MEDICATIONS, 1, true,
        false);
  }
}
