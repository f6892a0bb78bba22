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
            page("medquad:quellan-1", "What is (are) Quellan Urethritis ?", "Quellan Urethritis",
                "Quellan urethritis: pus dripping from the penis days after sex, stinging when passing urine."),
            page("medquad:quellan-2", "What are the treatments for Quellan Urethritis ?", "Quellan Urethritis",
                "Quellan urethritis with pus from the penis is treated with one dose of an antibiotic."),
            page("medquad:fire-1", "What is (are) Fire Safety ?", "Fire Safety",
                "A house fire spreads in minutes: smoke alarms save lives. Water dripping on wiring starts a fire; days after a fire, smoke stings the eyes."),
            page("medquad:scald-1", "What is (are) Scalds ?", "Scalds",
                "A scald from hot water stings like fire for days.")));
  }

  private static org.galen.source.Document page(String docId, String title, String focus, String text) {
    return new DocumentBuilder(docId, "medquad").title(title).section("information", text).focus(List.of(focus))
        .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build();
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
