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
 * A condition named by its broad name is no form named for an age group the patient is not of,
 * however many of the question's words that form's page holds. A real index of guidelines written
 * for the test: a childhood form whose page holds the question's words, an adult form whose page
 * holds fewer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgeGroupFormTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D090201\tKelpitis\tC04.900", "D090202\tMorbitis\tC04.901"),
        List.of(
            new DocumentBuilder("nstg:childhood-kelpitis", "nstg").title("Childhood Kelpitis")
                .section("Introduction", "Kelpitis of the thigh or arm, found on biopsy, in a child.")
                .section("Treatment", "The operation removes the kelpitis of the thigh with a margin of healthy "
                    + "tissue; radiotherapy after the operation when the margin is close.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:adult-kelpitis", "nstg").title("Adult Kelpitis")
                .section("Introduction", "Kelpitis in an adult is found on biopsy.")
                .section("Treatment", "Kelpitis is removed whole by an operation with a margin.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:childhood-morbitis", "nstg").title("Childhood Morbitis")
                .section("Introduction", "Morbitis of the neck, swelling slowly over months.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:lung-morbitis", "nstg").title("Lung Morbitis")
                .section("Introduction", "Morbitis of the lung, found on a chest film.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:sore-thigh", "nstg").title("Sore Thigh")
                .section("Introduction", "A sore thigh for months after a long walk.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aFiftyYearOldsKelpitisIsTheAdultFormThoughTheChildhoodPageHoldsMoreOfItsWords() throws Exception {
    Topic topic = fixture.settle("kelpitis of the thigh on biopsy in a 50 yo - what operation, what margin, "
        + "and radiotherapy after?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Adult Kelpitis");
  }

  @Test
  void aChildsKelpitisIsTheChildhoodFormItsWordsPicture() throws Exception {
    Topic topic = fixture.settle("kelpitis of the thigh on biopsy in a 7 yr old - what operation, what margin, "
        + "and radiotherapy after?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Childhood Kelpitis");
  }

  @Test
  void aFormLeftOnlyBecauseTheOthersAreForOtherAgesIsNotChosen() throws Exception {
    Topic topic = fixture.settle("morbitis in a 50 yo, swelling for months - how is it treated?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Morbitis");
  }
}
