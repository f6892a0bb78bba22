package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The people a question names say who is asked about: a description from a pregnant woman is about
 * the condition of pregnancy retrieval weighs most, and the page on pregnancy itself, which the word
 * also retrieves, votes for no condition ({@link ConditionPages}). A real index of pages written for
 * the test; the vocabulary files pregnancy where MeSH does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PregnancyPageVotesForNoConditionTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900201\tPregnancy\tG08.686.785.760.769"), List.of(
        FixtureDocuments.page("medquad:glimmer-itch-1", "Glimmer Itch of Pregnancy", "Glimmer itch of pregnancy "
            + "is an itch of the palms and soles late in pregnancy, worse at night, with no rash. Urine may be dark. "
            + "The liver tests and the baby's growth are checked."),
        FixtureDocuments.page("medquad:pregnancy-1", "Pregnancy", "Pregnancy lasts about 40 weeks. Many women "
            + "have an itch, back pain or tiredness in pregnancy; most of it is normal.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theConditionOfPregnancyRetrievalWeighsMostIsTheSubject() throws Exception {
    Topic topic = fixture.settle("I'm 34 weeks pregnant and my palms and soles itch at night, no rash, and my urine "
        + "looks dark. is this normal?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString())
        .isEqualTo("Glimmer Itch of Pregnancy");
  }
}
