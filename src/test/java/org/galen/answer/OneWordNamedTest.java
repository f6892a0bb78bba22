package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.galen.answer.ComposerFixture.referencePage;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A concept of the description named by one word ("like fire") names a page on it only when
 * retrieval weighs that page most: otherwise the description settles the subject by the sources that
 * picture it. A real index written for the test: the pages of the condition described, and a page on
 * the word's subject.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneWordNamedTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D005390\tFires\tN06.230.216"),
        List.of(
            referencePage("medquad:quellan-1", "What is (are) Quellan Urethritis ?", "Quellan Urethritis",
                "Quellan urethritis: pus dripping from the penis days after sex, stinging when passing urine."),
            referencePage("medquad:quellan-2", "What are the treatments for Quellan Urethritis ?", "Quellan Urethritis",
                "Quellan urethritis with pus from the penis is treated with one dose of an antibiotic."),
            referencePage("medquad:fire-1", "What is (are) Fire Safety ?", "Fire Safety",
                "A house fire spreads in minutes: smoke alarms save lives. Water dripping on wiring starts a fire; "
                    + "days after a fire, smoke stings the eyes."),
            referencePage("medquad:scald-1", "What is (are) Scalds ?", "Scalds",
                "A scald from hot water stings like fire for days.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aWordOfTheDescriptionNamesNoPageRetrievalDoesNotWeighMost() throws Exception {
    Topic topic = fixture.settle("days after sex it stings like fire and there's pus dripping from my penis - "
        + "what is this?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Quellan Urethritis");
  }
}
