package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.Concept;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lay word ("itchy") names one sign of what a description pictures: when retrieval weighs another
 * condition more than the sign's own page and one of its sources holds more of the description, that
 * condition is the subject; asked of the sign alone, the sign's page stays the subject. A real index
 * written for the test, with the built-in lay words and a MeSH heading for the sign.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaySignTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D011537\tPruritus\tC17.800.685"),
        List.of(
            new DocumentBuilder("nstg:crease-dermatitis", "nstg").title("Crease Dermatitis")
                .section("Clinical features", "Rough scaly itchy plaques behind the ears and on the wrists of "
                    + "infants, scratched raw at night.")
                .section("Non-drug treatment", "Apply an emollient to the scaly plaques twice a day.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("medquad:pruritus-1", "medquad").title("What is (are) Pruritus ?")
                .section("information", "Pruritus is itchy skin that makes you want to scratch. Rough scaly skin "
                    + "on the wrists may itch. Cool baths help itchy skin.")
                .focus(List.of("Pruritus", "Itching")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build(),
            new DocumentBuilder("nstg:heat-rash", "nstg").title("Heat Rash")
                .section("Clinical features", "Small red spots on the neck of infants in hot weather, worse at night.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aLayWordAmongADescriptionIsOneSignOfTheConditionPictured() throws Exception {
    String question = "rough scaly itchy plaques behind my son's ears and on his wrists, scratched raw at night: "
        + "which emollient helps";
    assertThat(fixture.analyzer.analyze(question).primary().origin()).as("read from the lay word")
        .isEqualTo(Concept.Origin.LAY);
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Crease Dermatitis");
  }

  @Test
  void theSignsOwnPageWeighedMostKeepsTheSign() throws Exception {
    Topic topic = fixture.settle("my skin is itchy all over and I want to scratch, does a cool bath help");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Pruritus");
  }
}
