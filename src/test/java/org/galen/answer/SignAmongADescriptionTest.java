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
 * A description of several signs, one of which has a page of its own that retrieval cannot tell from
 * the condition it weighs most: the condition is the subject, not the one sign. A single sign asked
 * about keeps its page. A real index of pages written for the test, with MeSH headings for the signs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignAmongADescriptionTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(),
        List.of("D900001\tQuorring\tC23.888.901", "D900002\tGlimache\tC23.888.902"),
        List.of(
            new DocumentBuilder("medquad:quellapnea-1", "medquad").title("What is (are) Nocturnal Quellapnea ?")
                .section("information", "In nocturnal quellapnea breathing stops again and again during sleep. "
                    + "Loud quorring, a glimache on waking and sleepiness by day are its signs.")
                .focus(List.of("Nocturnal Quellapnea")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build(),
            new DocumentBuilder("medquad:quorring-1", "medquad").title("What is (are) Quorring ?")
                .section("information", "Quorring is a loud rough noise during sleep, while breathing goes on. Loud quorring can keep a partner awake.")
                .focus(List.of("Quorring")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build(),
            new DocumentBuilder("medquad:bedtime-1", "medquad").title("What is (are) Bedtime Habits ?")
                .section("information", "Going to bed at the same time each night helps sleep.")
                .focus(List.of("Bedtime Habits")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void oneSignOfSeveralDescribedGivesWayToTheConditionRetrievalWeighsMost() throws Exception {
    Topic topic = fixture.settle("my husband has loud quorring, a glimache on waking and his breathing stops "
        + "during sleep. what could this be?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Nocturnal Quellapnea");
  }

  @Test
  void aSignAskedAboutAloneKeepsItsPage() throws Exception {
    Topic topic = fixture.settle("what is quorring and can it keep a partner awake?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Quorring");
  }
}
