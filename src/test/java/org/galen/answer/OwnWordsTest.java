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
 * A description no vocabulary reads is taken whole as the question's concept; a one-word
 * condition's name among its words names nothing the evidence is not about. A real index written
 * for the test: a guideline picturing the description, another close enough behind it that
 * retrieval has no margin, a page on the one-word condition well behind both, and a last source
 * sharing a word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnWordsTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(),
        List.of(
            new DocumentBuilder("nstg:pale-patch-disease", "nstg").title("Pale Patch Disease")
                .section("Clinical features", "White patches with sharp edges on the hands and around the mouth\n"
                    + "The hairs in the patches turn white")
                .section("Non-drug treatment", "Protect the patches from the sun.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("medquad:blotch-1", "medquad").title("What is (are) Blotch ?")
                .section("information", "A blotch is a mark on the skin that comes and goes.")
                .focus(List.of("Blotch")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build(),
            new DocumentBuilder("nstg:sun-spots", "nstg").title("Sun Spots")
                .section("Clinical features", "White patches with sharp edges on the hands and around the mouth "
                    + "after years in the sun")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("nstg:sunburn", "nstg").title("Sunburn")
                .section("Introduction", "Red skin after too much sun around the mouth.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aOneWordConditionAmongADescriptionsOwnWordsIsNotItsSubject() throws Exception {
    String question = "White patches with sharp edges on my hands and around my mouth, and the hairs in them turned "
        + "white. It is no blotch. What is it?";
    QuestionAnalysis asked = fixture.analyzer.analyze(question);
    assertThat(asked.primary().origin()).as("no vocabulary reads the description").isEqualTo(Concept.Origin.QUESTION);
    Topic topic = fixture.settle(question);
    assertThat(topic.reasons()).as("the evidence has no margin: the description settles it").anyMatch(
        reason -> reason.endsWith("no margin"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Pale Patch Disease");
  }
}
