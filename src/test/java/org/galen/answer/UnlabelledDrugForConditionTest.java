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
 * Asked only the harms of a drug no label in the index is about, given for a condition the
 * question names, the condition's reference page that says something of the drug answers: the
 * article is about the condition, and of its pages the one naming the drug leads — not another
 * condition's guideline that happens to list the drug. A drug with a label keeps its label. A real
 * index of three reference pages, a guideline and a label written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnlabelledDrugForConditionTest {
  private static final String QUESTION = "My doctor is starting quellanide for my frothosis with belching. "
      + "What side effects should I watch for?";
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90021,,Quellanide,1234-56-9,Q2UNII,Quellanide,ABCDEFGHIJKLMO-UHFFFAOYSA-N",
            "DB90022,,Glumipramine,1234-57-0,G3UNII,Glumipramine,ABCDEFGHIJKLMP-UHFFFAOYSA-N"),
        List.of("D090021\tFrothosis\tC06.900", "D090022\tBelching\tC23.888"),
        List.of(
            ComposerFixture.referencePage("medquad:frothosis-treatments", "What are the treatments for Frothosis ?",
                "Frothosis", "The treatments for frothosis with belching are rest, small meals and "
                    + "fluids. Watch for belching: a doctor should be seen if it lasts longer than a week."),
            ComposerFixture.referencePage("medquad:frothosis-medicines", "What to do for Frothosis ?", "Frothosis",
                "Possible side effects of quellanide include sleepiness and tremor. Glumipramine may also "
                    + "ease frothosis."),
            ComposerFixture.referencePage("medquad:frothosis-symptoms", "What are the symptoms of Frothosis ?",
                "Frothosis", "Frothosis causes bloating and belching."),
            new DocumentBuilder("nstg:sourbelly", "nstg").title("Sourbelly")
                .section("Drug treatment", "Quellanide 10 mg orally three times daily; side effects are few.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("spl:glumipramine", "dailymed").title("Glumipramine tablets")
                .section("Adverse reactions: Adverse reactions", "Glumipramine side effects: drowsiness and "
                    + "dizziness; warn the patient about these side effects.")
                .kind(SourceKind.LABEL, EvidenceLevel.LABEL).property(LabelDrugs.GENERIC, "Glumipramine").build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theHarmsOfAnUnlabelledDrugAreReadInTheConditionsPages() throws Exception {
    Topic topic = fixture.settle(QUESTION);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Frothosis");
  }

  @Test
  void theConditionsPageNamingTheDrugLeads() throws Exception {
    Article article = fixture.ask(QUESTION, Audience.PATIENT);
    assertThat(article.references().get(0).docId()).isEqualTo("medquad:frothosis-medicines");
  }

  @Test
  void aLabelledDrugKeepsItsLabel() throws Exception {
    Topic topic = fixture.settle("My doctor is starting glumipramine for my frothosis. What side effects "
        + "should I watch for?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Glumipramine");
  }
}
