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
 * An organism the question names beside a condition retrieval settles by its margin, whose name
 * does not hold the organism, is a circumstance (what a patient sees, where a wound was left open):
 * the condition is the subject. Asked of the infection named for the organism, the organism stays
 * what is asked about. A real index of guidelines written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganismSeenTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900301\tGlowflies\tB01.050.500.131.617.900"),
        List.of(
            FixtureDocuments.guideline("nstg:spirit-withdrawal", "Spirit Withdrawal", "Clinical features",
                "After heavy drinking stops, the patient is shaking, sweaty and agitated and may see things on the "
                    + "wall. Treatment: a sedative in reducing doses and vitamins."),
            FixtureDocuments.guideline("nstg:glowfly-infestation", "Glowfly Infestation", "Treatment",
                "Glowflies lay eggs in open wounds. Glowfly infestation is treated by removing the larvae.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void anOrganismSeenBesideTheConditionRetrievalSettlesIsACircumstance() throws Exception {
    Topic topic = fixture.settle("heavy drinking man, stopped 2 days ago, now shaking, sweaty, agitated and seeing "
        + "glowflies on the wall. how should we treat him?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Spirit Withdrawal");
  }

  @Test
  void theInfectionNamedForTheOrganismKeepsIt() throws Exception {
    Topic topic = fixture.settle("glowflies in an open wound: how are they removed?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).containsIgnoringCase("glowfl");
  }

  @Test
  void anOrganismTheAskingClauseNamesStays() throws Exception {
    Topic topic = fixture.settle("heavy drinking man, stopped 2 days ago, now shaking, sweaty and agitated. which "
        + "treatment kills glowflies?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).containsIgnoringCase("glowfl");
  }
}
