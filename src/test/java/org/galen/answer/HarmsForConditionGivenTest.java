package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.LabelDrugs;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asked only the harms of a drug given for a condition the question names, or only its dose for
 * that condition, the article is about that condition when its guideline names the drug: its
 * cautions, on the drug's class too, or its dose for that use come first, and the guideline leads.
 * A condition no vocabulary reads counts when the question writes the guideline's title. Asked the
 * drug's maximum dose, the harms and dose together, or the harms of the drug alone, the label
 * answers. A real index of two guidelines and a label written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarmsForConditionGivenTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90011,,Glumipramine,1234-56-8,G2UNII,Glumipramine,ABCDEFGHIJKLMN-UHFFFAOYSA-N"),
        List.of("D090011\tGlumness\tC10.900"),
        List.of(
            new DocumentBuilder("nstg:glumness", "nstg").title("Glumness")
                .section("Introduction", "Glumness is a low mood lasting weeks.")
                .section("Drug treatment", "Glumipramine in increasing doses up to 150 mg orally/day")
                .section("Adverse reactions and cautions", "Tricyclic glum agents: Dryness of the mouth, Urinary "
                    + "retention, Blurring of vision")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:sourmoods", "nstg").title("Sourmoods")
                .section("Drug treatment", "Glumipramine 10 mg orally at night for sourmoods in the elderly.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("spl:glumipramine", "dailymed").title("Glumipramine tablets")
                .section("Adverse reactions: Adverse reactions", "Glumipramine side effects: drowsiness, weight gain "
                    + "and dizziness; warn the patient about these side effects when starting glumipramine.")
                .section("Dosage and administration: Dosage", "Glumipramine 25 mg at night, up to 150 mg daily.")
                .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Glumipramine").build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theHarmsOfADrugForANamedConditionAreTheConditionsGuidelines() throws Exception {
    Topic topic = fixture.settle("Starting glumipramine for a man with glumness. Which side effects should I warn "
        + "him about?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Glumness");
  }

  @Test
  void theHarmsOfTheDrugAloneAreTheLabels() throws Exception {
    Topic topic = fixture.settle("Which side effects of glumipramine should I warn a patient about?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Glumipramine");
  }

  @Test
  void theDoseBesideTheHarmsForANamedConditionIsTheDrugs() throws Exception {
    Topic topic = fixture.settle("Starting glumipramine for a man with glumness: which side effects should I warn "
        + "him about, and what dose?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Glumipramine");
  }

  @Test
  void theDoseOfADrugForANamedConditionIsTheConditionsGuidelines() throws Exception {
    Topic topic = fixture.settle("What dose of glumipramine for a man with glumness?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Glumness");
  }

  @Test
  void aConditionTheQuestionWritesAsTheGuidelinesTitleCountsToo() throws Exception {
    Topic topic = fixture.settle("how much glumipramine for sourmood in an old man?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Sourmoods");
  }

  @Test
  void theMaximumDoseIsTheLabels() throws Exception {
    Topic topic = fixture.settle("What is the maximum daily dose of glumipramine for a man with glumness?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Glumipramine");
  }
}
