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
 * A page on a sign of many causes, ranked first by a clear margin for the words of a description
 * that names nothing outright, does not settle the subject: the condition whose page pictures the
 * description does. A real index of pages written for the test; the vocabulary files the sign
 * among signs and symptoms, as MeSH does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignPageMarginTest {
  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D900401\tFlank Pain\tC23.888.592.612.900"), List.of(
        FixtureDocuments.page("medquad:flank-pain-1", "Flank Pain", "Flank pain is pain on one side of the body, "
            + "in the flank. Flank pain on one side has many causes: the kidney, the muscles of the flank, the spine. "
            + "Pain in the flank on one side may be sharp or dull."),
        FixtureDocuments.page("medquad:ribbon-rash-1", "Ribbon Rash", "Ribbon rash is a rash of blisters in a "
            + "strip, painful and burning."),
        FixtureDocuments.page("medquad:sun-spots-1", "Sun Spots", "Sun spots are flat brown marks on the flank or on one side of "
            + "the face or the hands.")));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theSignsPageDoesNotSettleTheDescriptionByItsMargin() throws Exception {
    Topic topic = fixture.settle("painful blisters in a strip on one side of my flank, on one side only");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Ribbon Rash");
  }

  @Test
  void theSignAskedOfByNameStays() throws Exception {
    Topic topic = fixture.settle("what causes flank pain on one side?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Flank Pain");
  }
}
