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
 * Asked a drug's dose for a condition the question names, the article leads with that condition's
 * guideline naming the drug, though another condition's guideline shares more of the question's
 * words and ranks first. A real index of guidelines written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrugForNamedConditionTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90002,,Ferrodol,1234-56-7,F2UNII,Ferrodol,ABCDEFGHIJKLMN-UHFFFAOYSA-N"),
        List.of("D090001\tWenrot\tC01.900", "D090002\tChest Pain\tC23.888.592.612.233",
            "D002648\tChild\tM01.060.406"),
        List.of(
            // Titled with the patient the question names, not a condition: no reason to lead.
            new DocumentBuilder("nstg:wenrot", "nstg").title("Wenrot in the Child")
                .section("Introduction", "A fever of a child of 10 years or younger, with aches in the limbs.")
                .section("Drug treatment", "Ferrodol - Child 10 years: dose 10 mg/kg every 8 hours; a child's dose "
                    + "is never more than the adult dose.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:chest-pain", "nstg").title("Chest Pain")
                .section("Introduction", "Pain felt in the chest, from the heart, the lungs or the chest wall.")
                .section("Drug treatment", "Ferrodol - Adult: 50 mg orally 8 hourly")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:sore-gum", "nstg").title("Sore Gum")
                .section("Introduction", "A sore gum after brushing, in an adult or a child.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theGuidelineOfTheConditionTheDrugIsAskedForLeads() throws Exception {
    Article article = fixture.ask("10 year old child with chest pain - Ferrodol dose for a child of 10 years?",
        Audience.PHARMACIST);
    assertThat(article.references()).isNotEmpty();
    assertThat(article.references().get(0).docId()).as(article.notes().toString()).isEqualTo("nstg:chest-pain");
  }
}
