package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Of two conditions a question names, the one retrieval settles on by its margin is the subject,
 * though the question's reading ranked the other first (the longer name). A real index written for
 * the test, with MeSH headings for both conditions: a guideline on the one the question asks about,
 * and a page on the other well behind it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoConditionsTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D090201\tBlood Thinness Syndrome\tC15.378.071", "D090202\tGrit Fever\tC01.900.100"),
        List.of(
            new DocumentBuilder("nstg:grit-fever", "nstg").title("Grit Fever")
                .section("Introduction", "Grit fever follows a sand storm: fever and sore eyes after the storm.")
                .section("Drug treatment", "Quindolol 200 mg orally daily is the drug of choice for grit fever after "
                    + "a sand storm.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("medquad:blood-thinness-1", "medquad").title("What is (are) Blood Thinness Syndrome ?")
                .section("information", "Blood thinness syndrome makes the blood thin for years; it is rare, runs in "
                    + "families, and is found by a count of the cells in a sample taken from a vein in the arm at a "
                    + "clinic visit, then followed every year by the family doctor and a specialist in a hospital.")
                .focus(List.of("Blood Thinness Syndrome")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE)
                .build(),
            new DocumentBuilder("nstg:eye-strain", "nstg").title("Eye Strain")
                .section("Introduction", "Sore eyes after reading.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theConditionRetrievalSettlesOnIsTheSubject() throws Exception {
    String question = "patient with blood thinness syndrome and grit fever after the sand storm, sore eyes - which "
        + "drug for the grit fever?";
    QuestionAnalysis asked = fixture.analyzer.analyze(question);
    assertThat(asked.primary().name()).as("the reading ranks the longer name first")
        .isEqualTo("Blood Thinness Syndrome");
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Grit Fever");
  }
}
