package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.Concept;
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
 * A one-word condition the evidence is not about is a circumstance of the question; asked nothing
 * of a condition, a question naming a drug asks of the drug. A real index of guidelines written for
 * the test, each naming the drug, none about the one-word condition.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CircumstanceWordTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory,
        List.of("DB90002,,Ferrodol,1234-56-7,F2UNII,Ferrodol,ABCDEFGHIJKLMN-UHFFFAOYSA-N"),
        List.of("D090001\tRevelry\tC25.900"),
        List.of(
            new DocumentBuilder("nstg:iron-lack", "nstg").title("Iron Lack")
                .section("Drug treatment", "Ferrodol 200 mg orally once daily with food.")
                .section("Adverse reactions and cautions", "Avoid revelry and late nights during treatment with "
                    + "ferrodol.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:gum-sore", "nstg").title("Gum Sore")
                .section("Drug treatment",
                    "Ferrodol 100 mg orally twice daily for 5 days, at night: the pain is eased a little.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:sore-foot", "nstg").title("Sore Foot")
                .section("Introduction", "A sore foot at night after a long walk this weekend.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aDrugIsTheSubjectBesideAOneWordConditionTheEvidenceIsNotAbout() throws Exception {
    String question = "I've been given ferrodol tablets - is revelry ok this weekend?";
    QuestionAnalysis asked = fixture.analyzer.analyze(question);
    assertThat(asked.primary().name()).as("the vocabulary reads the condition first").isEqualTo("Revelry");
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().kind()).as(topic.reasons().toString()).isEqualTo(Concept.Kind.DRUG);
    assertThat(topic.analysis().primary().name()).isEqualTo("Ferrodol");
  }

  @Test
  void aDrugTriedInADescriptionThatAsksNothingOfItLeavesTheSubjectToTheEvidence() throws Exception {
    for (String question : List.of("Revelry at night, eased a little by ferrodol - what is it?",
        "How is revelry treated, and is ferrodol used?")) {
      Topic topic = fixture.settle(question);
      assertThat(topic.analysis().primary().kind()).as(question + " " + topic.reasons())
          .isNotEqualTo(Concept.Kind.DRUG);
    }
  }
}
