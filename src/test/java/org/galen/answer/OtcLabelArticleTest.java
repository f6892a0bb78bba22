package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.LabelDrugs;
import org.galen.source.SourceKind;
import org.galen.source.SplReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article from a drug's prescription and OTC labels: the OTC label's directions are written for
 * the one who buys the drug, so a patient reads them whole while a prescription label's doses are
 * withheld; and an article quoting both says which label is which. A real index of two labels
 * written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtcLabelArticleTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of("DB00788,APRD00259,Naproxen,22204-53-1,57Y76R9ATQ,Naproxen,X"),
        List.of("D013607\tTablets\tD26.255.830"), List.of(
            new DocumentBuilder("spl:rx", "dailymed").title("Naproxen tablets")
                .section("Dosage and administration: 2.1 Adults", "The naproxen tablets dose is 500 mg twice daily "
                    + "for adults with arthritis pain.")
                .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Naproxen")
                .property(SplReader.LABEL_TYPE, "prescription").build(),
            new DocumentBuilder("spl:otc", "dailymed").title("Naproxen tablets (store brand)")
                .section("Dosage and administration: Directions", "Adults: naproxen tablets, take 1 tablet every "
                    + "8 to 12 hours while pain lasts.\nDo not take more than 3 tablets of naproxen in 24 hours.")
                .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Naproxen")
                .property(SplReader.LABEL_TYPE, "otc").build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  private List<String> statements(Article article) {
    return article.sections().stream().flatMap(s -> s.statements().stream()).map(Statement::text).toList();
  }

  @Test
  void aPatientReadsAnOtcLabelsDirectionsWholeAndAPrescriptionLabelsDosesWithheld() throws Exception {
    Article article = fixture.ask("naproxen tablets dose?", Audience.PATIENT);
    assertThat(statements(article)).contains("Do not take more than 3 tablets of naproxen in 24 hours.");
    assertThat(statements(article)).noneMatch(text -> text.contains("500 mg"));
  }

  @Test
  void anArticleQuotingPrescriptionAndOtcLabelsSaysWhichIsWhich() throws Exception {
    Article article = fixture.ask("naproxen tablets dose?", Audience.PHARMACIST);
    assertThat(article.references()).extracting(Reference::docId).contains("spl:rx", "spl:otc");
    assertThat(article.notes()).filteredOn(note -> note.kind().equals("labels")).singleElement()
        .satisfies(note -> assertThat(note.text()).contains("prescription label").contains("OTC (Drug Facts) label"));
  }
}
