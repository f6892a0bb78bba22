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
 * Asked what helps, a subject whose page says only what it is, retrieval weighing it most: the
 * article says what it is, with a note that this is all its sources say — not what helps another
 * condition retrieval weighs less, which the question may not have. A real index of three sources
 * written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewBeforeLighterTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        FixtureDocuments.page("medquad:quellan-1", "Quellan Syndrome", "Quellan syndrome is common in people "
            + "travelling by bus or boat. It starts with cold sweats and a queasy feeling, then vomiting. It comes "
            + "when the eyes and the inner ear disagree about moving."),
        new DocumentBuilder("nstg:zorbal", "nstg").title("Zorbal Vomiting Syndrome")
            .section("Introduction", "Zorbal vomiting syndrome is bouts of vomiting lasting days, with cold sweats.")
            .section("Drug treatment", "Tabs zorbalin 10 mg at the start of a bout stops the vomiting.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        FixtureDocuments.page("medquad:zorbal-1", "Zorbal Vomiting Syndrome", "Zorbal vomiting syndrome brings "
            + "bouts of vomiting with cold sweats, feeling queasy.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theSubjectWeighedMostIsToldWhatItIsBeforeALighterConditionSaysWhatHelps() throws Exception {
    String question = "on every bus trip I get cold sweats, feel queasy, then start vomiting. anything that helps?";
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().subject()).as(topic.reasons().toString()).containsIgnoringCase("quellan");
    Article article = fixture.ask(question, Audience.PATIENT);
    assertThat(article.abstained()).as(topic.reasons() + " " + article.notes()).isFalse();
    assertThat(article.references().get(0).docId()).as(article.notes().toString()).isEqualTo("medquad:quellan-1");
    assertThat(article.notes()).extracting(Note::text).anyMatch(text -> text.contains("no section on what helps"));
  }
}
