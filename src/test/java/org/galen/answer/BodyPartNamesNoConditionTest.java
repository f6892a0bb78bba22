package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.Concept;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body part a description names is where something is, not the condition of that part: a page
 * named by the part and a generic word ("Ear Infections") is not named by "near his ears". A real
 * index of reference pages written for the test; retrieval weighs both pages alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyPartNamesNoConditionTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D004423\tEar\tA09.246", "D006197\tHair\tA17.360"),
        List.of(
            FixtureDocuments.page("medquad:ear-infections-1", "Ear Infections", "Ear infections make children "
                + "scratch at their ears in the evening; pale specks of discharge may stick near the ears."),
            FixtureDocuments.page("medquad:scalp-mites-1", "Scalp Mites", "Scalp mites make children scratch; "
                + "their small pale eggs stick to the hair shafts and do not comb out."),
            FixtureDocuments.page("medquad:night-sweats-1", "Night Sweats", "Night sweats wake children in the "
                + "evening, the hair and the ears damp.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aConditionNamedByTheBodyPartAloneIsNotNamedByThePartWritten() throws Exception {
    String question = "my son scratches all evening and has small pale eggs stuck to the hair shafts near his "
        + "ears that do not comb out";
    assertThat(fixture.analyzer.analyze(question).others()).extracting(Concept::name).contains("Ear");
    Topic topic = fixture.settle(question);
    assertThat(topic.analysis().subject()).as(topic.reasons().toString()).isEqualTo("Scalp Mites");
  }
}
