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
 * A concept of the description named by one word ("hot as fire") names a page on it only when
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
                "Quellan urethritis: a discharge from the urethra a week after a new partner, passing urine hot."),
            referencePage("medquad:quellan-2", "What are the treatments for Quellan Urethritis ?", "Quellan Urethritis",
                "Quellan urethritis with a discharge from the urethra is treated with one dose of an antibiotic."),
            referencePage("medquad:fire-1", "What is (are) Fire Safety ?", "Fire Safety",
                "A house fire spreads in minutes: smoke alarms save lives. A partner passing a heater starts a "
                    + "fire; a week after a fire and an extinguisher's discharge, the house is still hot."),
            referencePage("medquad:scald-1", "What is (are) Scalds ?", "Scalds",
                "A scald from hot water is hot as fire for days.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aWordOfTheDescriptionNamesNoPageRetrievalDoesNotWeighMost() throws Exception {
    Topic topic = fixture.settle("a week after a new partner, passing urine is hot as fire, with a discharge "
        + "from the urethra - what is this?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Quellan Urethritis");
  }
}
