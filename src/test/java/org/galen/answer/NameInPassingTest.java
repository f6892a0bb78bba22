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
 * A name some source gives its subject, written whole in a description, is a circumstance when the
 * sources of the condition retrieval weighs most use it in passing. A real index written for the
 * test: a guideline on a worm caught from well water that says so, a page about well water, and a
 * page on blisters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameInPassingTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(),
        List.of(
            new DocumentBuilder("nstg:threadworm-blister", "nstg").title("Threadworm Blister")
                .section("Introduction", "A thin white worm slowly comes out of a burning blister on the leg or "
                    + "the ankle, a year after drinking well water that held the larvae.")
                .section("Non-drug treatment", "Wind the thin worm out of the blister a little each day.")
                .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
            new DocumentBuilder("medquad:well-water-1", "medquad").title("What is (are) Well Water ?")
                .section("information", "Well water comes from the ground. Test a private well every year for "
                    + "germs and chemicals before drinking it.")
                .focus(List.of("Well Water")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build(),
            new DocumentBuilder("medquad:blisters-1", "medquad").title("What is (are) Blisters ?")
                .section("information", "A blister is a raised bubble of fluid under the skin after rubbing.")
                .focus(List.of("Blisters")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aNameTheLeadingSourcesUseInPassingIsACircumstance() throws Exception {
    Topic topic = fixture.settle("a thin white worm is coming out of a burning blister on my ankle. we get our "
        + "drinking water from a well water tank. what is it and how do I get it out");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Threadworm Blister");
  }

  @Test
  void aNameTheEvidenceIsAboutStillNamesTheSubject() throws Exception {
    Topic topic = fixture.settle("is well water safe to drink, how often should it be tested");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Well Water");
  }
}
