package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guideline that misspells a drug (one letter short) still answers a question that spells the
 * drug right; a short name one edit from a word of the sources, a long name one edit from a drug
 * the vocabulary knows, and a synonym the question does not write, stay absent. A real index of guidelines written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesSpellingTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90011,,Florbethanide,1234-56-7,F1UNII,Florbethanide,ABCDEFGHIJKLMN-UHFFFAOYSA-N",
            "DB90012,,Zentomycin,1234-56-8,F2UNII,Zentomycin,ABCDEFGHIJKLMO-UHFFFAOYSA-N",
            "DB90013,,Zentamycin,1234-56-9,F3UNII,Zentamycin,ABCDEFGHIJKLMP-UHFFFAOYSA-N",
            "DB90014,,Quarin,1234-57-0,F4UNII,Quarin,ABCDEFGHIJKLMQ-UHFFFAOYSA-N",
            "DB90015,,Wexamide,1234-57-1,F5UNII,Wexamide | Mentosular,ABCDEFGHIJKLMR-UHFFFAOYSA-N"),
        List.of("D090011\tWenrot Palsy\tC10.900"),
        List.of(
            new DocumentBuilder("nstg:wenrot-palsy", "nstg").title("Wenrot Palsy")
                .section("Introduction", "A weakness of the legs after a fever, in children.")
                .section("Drug treatment", "Florbetanide 5 - 10 mg orally or 2.5 - 5 mg subcutaneously for bladder weakness\n"
                    + "Zentamycin 20 mg daily for a cough\nQuaris 2 mg for cramps\n"
                    + "Mentosulas are the small cramps of the calf")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aDrugTheSourcesMisspellIsFoundInTheirSpelling() throws Exception {
    Article article = fixture.ask("what is florbethanide used for in wenrot palsy?", Audience.STUDENT);
    assertThat(article.abstained()).as(article.notes().toString()).isFalse();
    assertThat(article.sections()).flatExtracting(Section::statements).extracting(Statement::text)
        .anyMatch(text -> text.startsWith("Florbetanide"));
  }

  @Test
  void aShortNameOrOneASpellingOfAnotherKnownDrugStaysAbsent() throws Exception {
    assertThat(fixture.analyzer.analyze("what is quarin used for?").primary().names())
        .as("a name under eight letters").doesNotContain("quaris");
    assertThat(fixture.analyzer.analyze("what is zentomycin used for?").primary().names())
        .as("the sources' word is another drug's name").doesNotContain("zentamycin");
    assertThat(fixture.analyzer.analyze("what is florbethanide used for?").primary().names())
        .contains("florbetanide");
    assertThat(fixture.analyzer.analyze("what is wexamide used for?").primary().names())
        .as("a synonym the question does not write").doesNotContain("mentosulas");
  }
}
