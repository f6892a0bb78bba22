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
 * A source's name for a procedure, written in the scene a question tells and in no clause that
 * asks, gives way to the condition retrieval settles by its margin: it is the patient's history.
 * Written in the clause that asks, it is what is asked about; a condition's name in the scene stays
 * what the question asks of. A real index written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SceneNameOutweighedTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D090301\tKellan Grafting\tE04.936.450.999",
        "D090302\tQuellospora\tB04.820.999"), List.of(
        ComposerFixture.referencePage("medquad:vantor-1", "What is (are) Vantor Disease ?", "Vantor Disease",
            "Vantor disease is passed on in families; a gene change causes it."),
        ComposerFixture.referencePage("medquad:kellan-graft-1", "What is (are) Kellan Grafting ?", "Kellan Grafting",
            "Kellan grafting replaces a failed gland with a donor gland."),
        new DocumentBuilder("nstg:frothosis", "nstg").title("Frothosis")
            .section("Clinical features", "Clumsy hands, word-finding trouble and confusion over weeks. "
                + "White-matter lesions in many places on the scan; quellospora in the spinal fluid.")
            .section("Drug treatment", "Reverse the suppressed immunity; plasma exchange may help in frothosis.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        new DocumentBuilder("nstg:glumosis", "nstg").title("Glumosis")
            .section("Clinical features", "A gland that swells after meals.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aSourcesNameInTheSceneGivesWayToTheEvidencesMargin() throws Exception {
    Topic topic = fixture.settle("Kellan grafting two years ago, on many drugs since. Three weeks of clumsy hands, "
        + "word-finding trouble and confusion; white-matter lesions, quellospora in the fluid. Is this from her "
        + "drugs, and what can be done?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Frothosis");
  }

  @Test
  void aSourcesNameTheClauseThatAsksWritesIsTheSubject() throws Exception {
    Topic topic = fixture.settle("I am to have kellan grafting. What is kellan grafting?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Kellan Grafting");
  }

  @Test
  void aConditionsNameInTheSceneStaysTheSubject() throws Exception {
    Topic topic = fixture.settle("Diagnosed with Vantor disease two years ago. Three weeks of clumsy hands, "
        + "word-finding trouble and confusion; white-matter lesions on the scan. Is this from it, and what "
        + "can be done?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Vantor Disease");
  }
}
