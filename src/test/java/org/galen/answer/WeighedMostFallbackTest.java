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
 * When the sources about the subject a question settles on say nothing of what it asks, and the
 * question names nothing the evidence lacks, the article is about the next condition retrieval
 * weighs most that answers, rather than no article. A real index written for the test: a reference page that only says
 * what a group of disorders is, and a guideline on one that says how it is treated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeighedMostFallbackTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(),
        List.of(
            new DocumentBuilder("nstg:skin-boil", "nstg").title("Skin Boil")
                .section("Clinical features", "A painful red lump on the thigh with a yellow head of pus that "
                    + "bursts after a few days.")
                .section("Drug treatment", "Give oral antibiotics when a painful red lump spreads redness to the "
                    + "skin around it or comes with fever.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("medquad:lump-disorders-1", "medquad").title("What is (are) Lump Disorders ?")
                .section("information", "Lump disorders are a group of conditions of the skin and what lies "
                    + "under it.")
                .focus(List.of("Lump Disorders")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build(),
            new DocumentBuilder("nstg:sore-throat", "nstg").title("Sore Throat")
                .section("Non-drug treatment", "Gargle with warm salt water; antibiotics are rarely needed for a sore "
                    + "throat.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theConditionRetrievalWeighsMostAnswersWhatTheSettledSubjectsSourcesDoNot() throws Exception {
    String question = "a painful red lump on my thigh with a yellow head of pus, is it one of the lump disorders? "
        + "how is it treated, do I need antibiotics";
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Lump Disorders");
    Article article = fixture.ask(question, Audience.PATIENT);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:skin-boil");
  }

  @Test
  void theNextConditionRetrievalWeighsAnswersWhenTheFirstSaysNothingOfIt() throws Exception {
    String question = "lump disorders of the skin: is a red lump treated with antibiotics?";
    Topic topic = fixture.settle(question);
    assertThat(topic.reasons()).as("the page on the disorders weighs most")
        .anyMatch(reason -> reason.startsWith("evidence: Lump Disorders"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Lump Disorders");
    Article article = fixture.ask(question, Audience.PATIENT);
    assertThat(article.abstained()).isFalse();
    assertThat(article.references().get(0).docId()).isEqualTo("nstg:skin-boil");
  }
}
