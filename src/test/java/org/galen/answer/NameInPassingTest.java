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
                .section("Introduction", "A slender white thread of a worm works its way out of a sore on the "
                    + "shin, a year after the household used well water holding the larvae.")
                .section("Non-drug treatment", "Wind the slender worm out of the sore a little each day.")
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
    Topic topic = fixture.settle("for a week a slender white thread has been working its way out of a sore on my "
        + "shin; our household uses well water. which treatment removes it?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Threadworm Blister");
  }

  @Test
  void aNameTheEvidenceIsAboutStillNamesTheSubject() throws Exception {
    Topic topic = fixture.settle("is well water safe to drink, how often should it be tested");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Well Water");
  }
}
